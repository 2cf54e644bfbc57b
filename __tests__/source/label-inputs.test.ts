// The labels read without a tree against the parser they stand in for: same recomposed file, same
// source lines, and the parser's path for every shape the one-pass reader declines.
import { describe, expect, it } from 'vitest'
import { fastLabels } from '../../src/source/fast-labels.ts'
import { fastLabelInputs, parsedLabelInputs } from '../../src/source/label-inputs.ts'
import { recompose, type ChildInput } from '../../src/source/recompose.ts'
import { defaultRegistry } from '../../src/source/registry/registry.ts'

const label = defaultRegistry().children.get('CustomLabel')
if (!label) throw new Error('registry lacks CustomLabel')
const child = label

let seed = 11
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >>> 16) % n
}
const pick = <T>(xs: T[]): T => xs[rand(xs.length)] as T

const IDS = ['Alpha', 'beta', 'Beta', 'gamma_1', 'Zeta', 'é_x', 'a', 'A', 'b10', 'b2']
const VALUES = ['Save', ' spaced ', 'it&apos;s', "it's", 'a &amp; b', '&lt;b&gt;', '&#160;', '"q"']
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const ROOT = '<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">'

/** One `<labels>` block: mostly the plain shape, sometimes what the one-pass reader declines. */
function block(id: string): string {
  const ws = pick(['\n        ', '\n\t', ' ', ''])
  const r = rand(24)
  const kids = [
    `<fullName>${id}</fullName>`,
    `<language>en_US</language>`,
    `<protected>${pick(['true', 'false'])}</protected>`,
    `<shortDescription>${pick(VALUES)}</shortDescription>`,
    `<value>${pick(VALUES)}</value>`
  ]
  if (r === 0) kids.splice(1, 0, '<!-- a comment -->')
  if (r === 1) kids.push('<categories>x</categories>', '<language>again</language>')
  if (r === 2) kids[4] = '<value><![CDATA[<b>]]></value>'
  if (r === 3) kids.unshift('<categories>first</categories>')
  if (r === 4) kids[0] = `<fullName> ${id} </fullName>`
  if (r === 5) return `<labels attr="1">${kids.join('')}</labels>`
  if (r === 6) kids[0] = '<fullName></fullName>'
  if (r === 7) kids.push('<!-- </labels> -->')
  return `<labels>${kids.map((k) => `${ws}${k}`).join('')}\n    </labels>`
}

/** A labels file: blocks with random ids (some twice), separators, comments and stray content. */
function file(): string {
  const blocks = Array.from({ length: 1 + rand(6) }, () => {
    const gap = pick(['\n    ', '\n', '\n    <!-- section -->\n    ', ' '])
    return `${gap}${block(pick(IDS))}`
  })
  const r = rand(30)
  if (r === 0) blocks.push('\n    <other>1</other>')
  if (r === 1) blocks.push('\n    stray text')
  const root = rand(30) === 0 ? '<CustomLabels other="1">' : ROOT
  const tail = pick(['\n</CustomLabels>\n', '</CustomLabels>', '\n</CustomLabels>\n<!-- end -->\n'])
  return `${pick([HEAD, '', `${HEAD}<!-- top -->\n`])}${root}${blocks.join('')}${tail}`
}

const written = (inputs: ChildInput[]): { text: string; lines: string[] } => {
  const result = recompose('CustomLabels', undefined, inputs)
  return {
    text: result.text,
    lines: result.children.map((c) => `${c.id} ${c.path}:${c.sourceLine} -> ${c.outputLine}`)
  }
}

describe('labels read without a tree', () => {
  it('recompose to what the parsed labels recompose to, or decline (random files)', () => {
    let taken = 0
    for (let k = 0; k < 3000; k++) {
      const files = Array.from({ length: 1 + rand(2) }, (_, i) => ({
        path: `labels/L${i}.labels-meta.xml`,
        text: file()
      }))
      const skip = rand(4) === 0 ? pick(IDS) : undefined
      const wanted = (id: string): boolean => id !== skip
      const fast = fastLabelInputs(files, child, wanted)
      if (!fast) continue
      taken++
      const warnings: string[] = []
      const parsed = parsedLabelInputs(files, child, wanted, warnings)
      const context = files.map((f) => f.text).join('\n=====\n')
      expect(written(fast), context).toEqual(written(parsed))
      expect(fast.map((i) => i.id)).toEqual(parsed.map((i) => i.id))
      expect(warnings).toEqual([])
    }
    expect(taken).toBeGreaterThan(400)
  })

  it('takes the plain shape the Salesforce CLI writes', () => {
    const text = `${HEAD}${ROOT}\n    <labels>\n        <fullName>Greeting</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>Greeting</shortDescription>\n        <value>Hello &amp; welcome</value>\n    </labels>\n    <labels>\n        <fullName>Bye</fullName>\n        <value>Bye</value>\n    </labels>\n</CustomLabels>\n`
    const labels = fastLabels(text, child.tag, child.uniqueIdElement)
    expect(labels?.map((l) => [l.id, l.line])).toEqual([
      ['Greeting', 3],
      ['Bye', 10]
    ])
    expect(labels?.[1]?.fragment).toBe(
      '    \uE000<labels>\n        <fullName>Bye</fullName>\n        <value>Bye</value>\n    </labels>\n'
    )
  })

  it('declines what only the parser reads exactly', () => {
    const one = (inner: string, root = ROOT): string =>
      `${HEAD}${root}\n    ${inner}\n</CustomLabels>\n`
    const plain = '<labels><fullName>A</fullName></labels>'
    const declined = [
      one(plain, '<CustomLabels other="1">'),
      `${HEAD}<!DOCTYPE x>${one(plain)}`,
      one(`${plain}\n    <other>1</other>`),
      one(`${plain} stray`),
      one('<labels><fullName>A</fullName><!-- </labels> --></labels>'),
      one('<labels><fullName><![CDATA[A]]></fullName></labels>'),
      one('<labels x="1"><fullName>A</fullName></labels>'),
      one('<labels><fullName></fullName></labels>'),
      one('<labels><fullName>A</fullName>'),
      `${one(plain)}trailing`,
      `${one(plain)}<!-- unterminated`
    ]
    for (const text of declined)
      expect(fastLabels(text, 'labels', 'fullName'), text).toBeUndefined()
    expect(fastLabels(one(plain), 'labels', 'fullName')?.map((l) => l.id)).toEqual(['A'])
  })

  it('leaves a label defined twice to the parser, which compares the copies', () => {
    const text = (value: string): string =>
      `${ROOT}<labels><fullName>A</fullName><value>${value}</value></labels></CustomLabels>`
    const files = [
      { path: 'a.labels-meta.xml', text: text('1') },
      { path: 'b.labels-meta.xml', text: text('2') }
    ]
    expect(fastLabelInputs(files, child, () => true)).toBeUndefined()
    const warnings: string[] = []
    expect(parsedLabelInputs(files, child, () => true, warnings).map((i) => i.path)).toEqual([
      'a.labels-meta.xml'
    ])
    expect(warnings).toEqual([
      'CustomLabel A is defined in a.labels-meta.xml and b.labels-meta.xml with different content; the first one is deployed.'
    ])
  })
})
