// The one-pass fragment of a child file against the parser + writer it stands in for.
import { describe, expect, it } from 'vitest'
import { fastFragment } from '../../src/source/fast-fragment.ts'
import { childText, childElement } from '../../src/source/recompose.ts'
import { defaultRegistry } from '../../src/source/registry/registry.ts'
import { renderFragment } from '../../src/source/xml-write.ts'
import { parseXml } from '../../src/source/xml.ts'

const field = defaultRegistry().children.get('CustomField')
const translation = defaultRegistry().children.get('CustomFieldTranslation')

let seed = 3
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >>> 16) % n
}
const pick = <T>(xs: T[]): T => xs[rand(xs.length)] as T

const TEXTS = [
  'x',
  ' a b ',
  '&amp;',
  '&lt;1&gt;',
  '&#160;',
  'é',
  '',
  '  ',
  'it&apos;s',
  '"q"',
  '\n  y\n'
]
const NAMES = ['fullName', 'label', 'name', 'type', 'value', 'valueSet', 'a', 'b']

/** A random element: mostly the plain shape, sometimes what the fast path must refuse. */
function element(depth: number): string {
  const name = pick(NAMES)
  const ws = pick(['', '\n', '\n    ', '\r\n  '])
  const r = rand(20)
  if (r === 0) return `<${name}/>`
  if (r === 1) return `<${name} attr="1">${pick(TEXTS)}</${name}>`
  if (r === 2)
    return pick(['<!-- c -->', '<!--\nmulti\n-->', `<${name}><!-- ${pick(TEXTS)} --></${name}>`])
  if (r === 3) return `<${name}><![CDATA[<b>]]></${name}>`
  if (depth > 2 || r < 10) return `<${name}>${pick(TEXTS)}</${name}>`
  const kids = Array.from({ length: 1 + rand(4) }, () => `${ws}${element(depth + 1)}`).join('')
  const mixed = rand(12) === 0 ? 'stray' : ''
  return `<${name}>${kids}${mixed}${ws}</${name}>`
}

function document(): string {
  const root = pick(['CustomField', 'CustomFieldTranslation'])
  const xmlns = pick([
    ' xmlns="http://soap.sforce.com/2006/04/metadata"',
    '',
    " xmlns='x'",
    ' other="1"'
  ])
  const head = pick(['<?xml version="1.0" encoding="UTF-8"?>\n', '', '\n', '<!-- top -->\n'])
  if (rand(15) === 0) return `${head}<${root}${xmlns}/>\n`
  const kids = Array.from({ length: rand(6) }, () => `\n    ${element(1)}`).join('')
  return `${head}<${root}${xmlns}>${kids}\n</${root}>\n${pick(['', ' ', 'junk'])}`
}

describe('fastFragment', () => {
  it('writes what the parser and writer write, or declines (random child files)', () => {
    let taken = 0
    for (let k = 0; k < 4000; k++) {
      const text = document()
      const type = rand(2) === 0 ? field : translation
      if (!type) throw new Error('registry lacks the child types')
      const fast = fastFragment(text, type.tag, type.uniqueIdElement)
      if (!fast) continue
      taken++
      const root = parseXml(text, 'f.xml')
      expect(fast.fragment, text).toBe(renderFragment(childElement(type, root), 1))
      expect(fast.id, text).toBe(childText(root, type.uniqueIdElement))
      expect(fast.line, text).toBe(root.line)
    }
    expect(taken).toBeGreaterThan(500)
  })

  it('renders comments as the writer does (a translation of an untranslated field)', () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?>\n<CustomFieldTranslation xmlns="http://soap.sforce.com/2006/04/metadata">\n    <help><!-- Indicates that it is inactive --></help>\n    <label><!-- Inactive --></label>\n    <name>Inactive__c</name>\n</CustomFieldTranslation>\n'
    if (!translation) throw new Error('registry lacks CustomFieldTranslation')
    const root = parseXml(text, 'f.xml')
    expect(fastFragment(text, translation.tag, translation.uniqueIdElement)).toEqual({
      fragment: renderFragment(childElement(translation, root), 1),
      id: 'Inactive__c',
      line: 2
    })
  })

  it('declines what the writer handles differently', () => {
    const tag = 'fields'
    expect(fastFragment('<A><b>1</b><c>2</c><b>3</b></A>', tag, 'b')).toBeUndefined()
    expect(fastFragment('<A><b x="1">1</b></A>', tag, 'b')).toBeUndefined()
    expect(fastFragment('<A><!-- c --><b>1</b><!-- d --></A>', tag, 'b')).toBeUndefined()
    expect(fastFragment('<A><![CDATA[x]]></A>', tag, 'b')).toBeUndefined()
    expect(fastFragment('<A>t<b>1</b></A>', tag, 'b')).toBeUndefined()
    expect(fastFragment('<A><b>1</b></A>x', tag, 'b')).toBeUndefined()
    expect(fastFragment('<A><b>1</b><b>2</b></A>', tag, 'b')?.id).toBe('1')
  })
})
