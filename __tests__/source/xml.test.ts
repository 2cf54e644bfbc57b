import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { parseXml } from '../../src/source/xml.ts'
import { escapeXml, writeXml } from '../../src/source/xml-write.ts'

describe('parseXml', () => {
  it('keeps lines, attributes, CDATA and comments; decodes named entities only', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<a x="1 &amp; 2">\n  <b>&lt;&#160;</b><!--c--><![CDATA[<raw>]]>\n</a>',
      'f.xml'
    )
    expect(root.name).toBe('a')
    expect(root.line).toBe(2)
    expect(root.attrs).toEqual([{ name: 'x', value: '1 & 2' }])
    const b = root.children.find((n) => n.kind === 'element')
    expect(b?.kind === 'element' && b.line).toBe(3)
    expect(b?.kind === 'element' && b.children[0]).toEqual({ kind: 'text', value: '<&#160;' })
    expect(root.children.some((n) => n.kind === 'comment' && n.value === 'c')).toBe(true)
    expect(root.children.some((n) => n.kind === 'cdata' && n.value === '<raw>')).toBe(true)
  })

  it.each([
    ['<a><b></a>', 'f.xml:1', '</a> closes <b>'],
    ['<a>\n<b>\n</b>', 'f.xml:3', 'never closed'],
    ['<a></a><c/>', 'f.xml:1', 'second root'],
    ['<a>\n  <!-- x\n</a>', 'f.xml:2', 'unterminated comment']
  ])('reports malformed XML with file and line: %s', (text, where, what) => {
    try {
      parseXml(text, 'f.xml')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(BuildError)
      expect((error as BuildError).problems[0]).toContain(where)
      expect((error as BuildError).problems[0]).toContain(what)
    }
  })
})

describe('writeXml (the reference formatting)', () => {
  it('groups repeated tags, trims text, writes empty elements open/close, places CDATA and glues comments', () => {
    const root = parseXml(
      '<R xmlns="n"><a>1</a><b>  two  </b><a>3</a><e/><c><![CDATA[x]]></c><d>v</d><!-- note --><f x="\'">q"</f></R>',
      'f.xml'
    )
    expect(writeXml(root).text).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<R xmlns="n">',
        '    <a>1</a>',
        '    <a>3</a>',
        '    <b>two</b>',
        '    <e></e>',
        '    <c>',
        '        <![CDATA[x]]>',
        '    </c>',
        '    <d>v</d><!-- note --><f x="&apos;">q&quot;</f>',
        '</R>',
        ''
      ].join('\n')
    )
  })

  it('reports the output line of marked elements', () => {
    const root = parseXml('<R><a>1</a><b><c>2</c></b></R>', 'f.xml')
    const b = root.children[1]
    if (b?.kind !== 'element') throw new Error('no b')
    expect(writeXml(root, [b]).lines.get(b)).toBe(4)
  })

  it('escapes like the reference but keeps numeric references', () => {
    expect(escapeXml(`a & b < c > d ' " &#160; &#xA0;`)).toBe(
      'a &amp; b &lt; c &gt; d &apos; &quot; &#160; &#xA0;'
    )
  })
})

describe('glueComments', () => {
  it('gives the result of the reference regex on random text', async () => {
    const { glueComments } = await import('../../src/source/xml-write.ts')
    const parts = [' ', '\n', '\t', 'a', '<!--', '-->', '-', '>', '<', '\r']
    let seed = 7
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    for (let k = 0; k < 5000; k++) {
      let s = ''
      for (let n = rand(14); n > 0; n--) s += parts[rand(parts.length)]
      expect(glueComments(s), JSON.stringify(s)).toBe(s.replace(/\s+<!--(.*?)-->\s+/g, '<!--$1-->'))
    }
  })
})
