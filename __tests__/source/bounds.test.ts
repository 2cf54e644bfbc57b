import { describe, expect, it } from 'vitest'
import { replaceBounded } from '../../src/source/bounded-replace.ts'
import { BuildError } from '../../src/source/build-error.ts'
import { MAX_XML_DEPTH, parseXml } from '../../src/source/xml.ts'

describe('replaceBounded', () => {
  it('expands $1, $& and $$ as String.prototype.replace does, and counts the matches', () => {
    expect(replaceBounded('a1 b2', /(\w)(\d)/g, '$2$1[$&]$$')).toEqual({
      text: '1a[a1]$ 2b[b2]$',
      count: 2
    })
  })

  it('leaves the text as it is when nothing matches', () => {
    expect(replaceBounded('abc', /x/g, '$1')).toEqual({ text: 'abc', count: 0 })
  })

  it('stops a pattern that backtracks without end', () => {
    expect(replaceBounded(`${'a'.repeat(40)}!`, /(a+)+$/g, 'x', 50)).toEqual({ timedOut: true })
  })
})

describe('XML nesting depth', () => {
  const nested = (depth: number): string =>
    `<r>${'<a>'.repeat(depth - 1)}${'</a>'.repeat(depth - 1)}</r>`

  it(`accepts ${MAX_XML_DEPTH} levels`, () => {
    expect(parseXml(nested(MAX_XML_DEPTH), 'f.xml').name).toBe('r')
  })

  it('refuses one level more, naming the file and line', () => {
    expect(() => parseXml(nested(MAX_XML_DEPTH + 1), 'f.xml')).toThrow(BuildError)
    expect(() => parseXml(nested(MAX_XML_DEPTH + 1), 'f.xml')).toThrow(
      /f\.xml:1: malformed XML: elements nested more than 256 levels deep/
    )
  })
})
