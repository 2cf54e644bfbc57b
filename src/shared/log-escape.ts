/**
 * Escaping for text printed to the runner's log as plain lines. The runner reads stdout (and
 * stderr) line by line, a line ending at `\n`, `\r` or `\r\n`, and runs as a workflow command:
 *
 * - a line that starts with `::` once leading white space is trimmed (`::set-output`,
 *   `::add-mask::`, `::stop-commands::`, `::error::`, ...);
 * - a line that holds `##[` anywhere (the legacy form, e.g. `##[set-output name=x;]y`).
 *
 * Any text from the org, the repository or a file name can hold either, so every plain log line
 * goes through `escapeLogText`. Commands issued by @actions/core (warning, error, debug, notice)
 * are safe already: core percent-encodes `%`, `\r` and `\n` in their data, and also `:` and `,`
 * in their properties, so a message stays on the command's one line.
 */

/**
 * White space and control characters the runner may trim before looking for `::` (.NET
 * TrimStart trims more than JavaScript's `\s`, e.g. U+0085; control characters are added so no
 * look-alike survives).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it must skip
const LEADING = /^[\s\u0085\u0000-\u001f\u007f]*/

/** The text with each line unable to start a workflow command; line breaks become `\n`. */
export function escapeLogText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLogLine)
    .join('\n')
}

/** One line (no line breaks inside), unable to start a workflow command. */
export function escapeLogLine(line: string): string {
  const out = line.replaceAll('##[', '##%5B')
  const lead = LEADING.exec(out)?.[0].length ?? 0
  if (!out.startsWith('::', lead)) return out
  return `${out.slice(0, lead)}%3A%3A${out.slice(lead + 2)}`
}
