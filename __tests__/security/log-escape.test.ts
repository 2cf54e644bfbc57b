import { describe, expect, it } from 'vitest'
import { escapeLogLine, escapeLogText } from '../../src/shared/log-escape.ts'

/** Lines as the runner reads them: split at \n, \r and \r\n. */
const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/)

/** True when the runner would parse the line as a workflow command. */
const isCommand = (line: string): boolean => /^[\s\u0085]*::/.test(line) || line.includes('##[')

describe('escapeLogText', () => {
  it.each([
    'x\n::set-output name=success::true',
    '::add-mask::',
    '::stop-commands::token',
    '   ::error::indented',
    '\t::warning::tabbed',
    '\u0085::notice::after a next-line character',
    'a\r::debug::after a bare carriage return',
    'a\r\n::group::after CRLF',
    'text ##[set-output name=success;]true',
    '##[error]legacy at the start'
  ])('leaves no line the runner would run: %j', (text) => {
    const escaped = escapeLogText(text)
    expect(runnerLines(escaped).filter(isCommand)).toEqual([])
  })

  it('keeps ordinary text and line breaks readable', () => {
    expect(escapeLogText('Deploy 0Af1 failed:\n  ✗ ApexClass Foo: 50% covered')).toBe(
      'Deploy 0Af1 failed:\n  ✗ ApexClass Foo: 50% covered'
    )
    expect(escapeLogText('a\r\nb\rc')).toBe('a\nb\nc')
  })

  it('shows what was neutralised', () => {
    expect(escapeLogLine('::set-output name=x::y')).toBe('%3A%3Aset-output name=x::y')
    expect(escapeLogLine('  ::add-mask::v')).toBe('  %3A%3Aadd-mask::v')
    expect(escapeLogLine('a ##[b]c')).toBe('a ##%5Bb]c')
    expect(escapeLogLine('Signed in to https://x.my.salesforce.com')).toBe(
      'Signed in to https://x.my.salesforce.com'
    )
  })
})
