/**
 * Control characters (a NUL, a line break, a tab, an escape): no metadata or package file name
 * has one, a forged one may, to cut a path short or to forge a log line (`\n::error::`).
 */
// eslint-disable-next-line no-control-regex -- these are what it must find
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/
