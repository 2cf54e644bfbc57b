import { describe, expect, it } from 'vitest'
import {
  codeSpan,
  cutAt,
  encodePath,
  escapeInline,
  escapeTableCell,
  escapeXml,
  fencedBlock
} from '../../src/report/escape.ts'
import { parseStackTrace } from '../../src/report/stack-trace.ts'
import { isBalanced } from '../../src/report/size-budget.ts'
import { coverageBar, fileLink, lineRanges } from '../../src/report/markdown.ts'
import {
  ISSUE_REFERENCE,
  LIVE_IMAGE,
  MENTION,
  liveLinkTo,
  renderedText
} from '../security/github-render.ts'

describe('markdown and HTML escaping', () => {
  it('keeps generics, pipes, line breaks, mentions and issue refs harmless in table cells', () => {
    expect(escapeTableCell('Map<Id, List<Account>> a|b & c\n@isTest #12')).toBe(
      'Map&lt;Id, List&lt;Account&gt;&gt; a\\|b &amp; c<br>@&#8203;isTest #&#8203;12'
    )
  })

  it('mentions nobody and references no issue once GitHub has decoded the entities', () => {
    const hostile = 'Methods with @AuraEnabled fail, ping @acme/release-team, see #12 and GH-7'
    for (const escaped of [escapeTableCell(hostile), escapeInline(hostile)]) {
      const seen = renderedText(escaped)
      expect(seen).toContain('AuraEnabled')
      expect(seen).not.toMatch(MENTION)
      expect(seen).not.toMatch(ISSUE_REFERENCE)
    }
  })

  it('turns images and links from org text into plain text, in cells and inline', () => {
    const hostile =
      '![✅ Deploy succeeded](https://evil.example/p.png) [fix it](https://evil.example)'
    for (const escaped of [escapeTableCell(hostile), escapeInline(hostile)]) {
      expect(escaped).not.toMatch(liveLinkTo('evil.example'))
      expect(escaped).not.toMatch(LIVE_IMAGE)
      expect(escaped).toContain('https://evil.example')
    }
    expect(escapeTableCell('a\\|b `c` **d** ~~e~~')).toBe(
      'a\\\\\\|b \\`c\\` \\*\\*d\\*\\* \\~\\~e\\~\\~'
    )
  })

  it('never lets an inline text start a heading, a quote, a list or a rule', () => {
    expect(escapeInline('## ✅ Deploy succeeded')).toBe('\\## ✅ Deploy succeeded')
    // An entity is not a block marker: `&gt;` never opens a quote.
    expect(escapeInline('  > quoted')).toBe('  &gt; quoted')
    expect(escapeInline('---')).toBe('\\---')
    expect(escapeInline('+ item')).toBe('\\+ item')
    expect(escapeInline('12) item')).toBe('12\\) item')
    expect(escapeInline('~~~')).toBe('\\~\\~\\~')
    expect(escapeInline('Deploy #1 succeeded')).toBe('Deploy #&#8203;1 succeeded')
    expect(escapeInline('66.0')).toBe('66.0')
    expect(escapeInline('#tag -x')).toBe('#tag -x')
  })

  it('uses a longer backtick run than the text contains', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(fencedBlock('code ```` here')).toBe('`````text\ncode ```` here\n`````')
    expect(isBalanced(fencedBlock('```\nfake fence\n```'))).toBe(true)
  })

  it('encodes each path segment', () => {
    expect(encodePath('force-app/layouts/Account-Account Layout (Sales).layout-meta.xml')).toBe(
      'force-app/layouts/Account-Account%20Layout%20%28Sales%29.layout-meta.xml'
    )
  })

  it('escapes XML and strips characters XML 1.0 forbids', () => {
    expect(escapeXml(`a]]>\u0000<"'&\u0008\tb`)).toBe('a]]&gt;&lt;&quot;&apos;&amp;\tb')
  })
})

describe('helpers', () => {
  it('renders uncovered line ranges', () => {
    expect(lineRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8')
    expect(lineRanges([])).toBe('')
  })

  it('marks the threshold in the coverage bar', () => {
    expect(coverageBar(68.9, 75)).toBe('███████░┆░░')
    expect(coverageBar(100, 75)).toBe('████████┆██')
    expect(coverageBar(undefined, 75)).toBe('')
  })

  it('parses class, namespaced, inner-class and trigger frames', () => {
    const frames = parseStackTrace(
      [
        'Class.Foo.bar: line 10, column 1',
        'Class.ns.Foo.bar: line 11, column 2',
        'Class.Outer.Inner.run: line 12, column 3',
        'Trigger.AccountTrigger: line 4, column 1',
        'AnonymousBlock: line 1, column 1',
        'garbage'
      ].join('\n')
    )
    expect(frames.map((f) => [f.kind, f.segments.join('.'), f.line, f.column])).toEqual([
      ['Class', 'Foo.bar', 10, 1],
      ['Class', 'ns.Foo.bar', 11, 2],
      ['Class', 'Outer.Inner.run', 12, 3],
      ['Trigger', 'AccountTrigger', 4, 1],
      ['Other', 'AnonymousBlock', 1, 1]
    ])
  })
})

describe('file links', () => {
  it('keep brackets, backslashes and pipes in a path from ending the link text or the cell', () => {
    const blob = 'https://github.com/o/r/blob/abc'
    expect(fileLink('force-app/a](https://evil.example)b|c.cls', 3, blob)).toBe(
      '[force-app/a\\](https://evil.example)b\\|c.cls:3](https://github.com/o/r/blob/abc/force-app/a%5D%28https%3A//evil.example%29b%7Cc.cls#L3)'
    )
    expect(fileLink('x\\[y].cls', undefined, undefined)).toBe('x\\\\\\[y\\].cls')
  })
})

describe('cutting long texts', () => {
  it('never splits an emoji, whose half would be written as a replacement character', () => {
    const text = `${'a'.repeat(9)}🚀 and more`
    expect(cutAt(text, 10)).toBe('a'.repeat(9))
    expect(cutAt(text, 11)).toBe(`${'a'.repeat(9)}🚀`)
    expect(cutAt('abc', 0)).toBe('')
    expect(/[\uD800-\uDBFF]$/.test(cutAt(text, 10))).toBe(false)
  })
})
