/**
 * A canonical text form of metadata XML, so the package and the org's copy compare equal when
 * they differ only where the Metadata API does not care: the declaration, indentation and
 * whitespace between elements, comments, the order of different elements inside a parent (the
 * API writes them in schema order, source files may not), and the order of the root's keyed
 * entries (`<fields>` by `<fullName>`). Repeated elements below the root keep their order, since
 * there it can matter (picklist values, layout items). Pure.
 */
import { parseXml, textContent, type XmlElement } from '../source/xml.ts'

const INDENT = '  '
// Elements that name a repeated root entry, in the order they are tried.
const KEY_ELEMENTS = [
  'fullName',
  'name',
  'apexClass',
  'field',
  'object',
  'layout',
  'tab',
  'application',
  'recordType'
]
// Root entries that are the picklist values of a value set (GlobalValueSet, StandardValueSet):
// their order is the order users see, so they keep it like picklist values below the root.
const ORDERED_ROOT_ENTRIES = new Set(['customValue', 'standardValue'])

/**
 * Canonical lines of an XML document, or undefined when it is not well-formed XML. Root entries
 * whose tag is in `without` are left out (children compared on their own).
 */
export function canonicalXml(
  text: string,
  without: ReadonlySet<string> = new Set()
): string[] | undefined {
  const root = tryParseXml(text)
  if (!root) return undefined
  const kept =
    without.size === 0
      ? root
      : {
          ...root,
          children: root.children.filter((n) => n.kind !== 'element' || !without.has(n.name))
        }
  const out: string[] = []
  writeElement(kept, 0, true, out)
  return out
}

/** Parses XML and returns its root element, or undefined when it is not well-formed. */
export function tryParseXml(text: string): XmlElement | undefined {
  try {
    return parseXml(text, 'file')
  } catch {
    return undefined
  }
}

/** Canonical lines of one element (used for child entries cut out of a parent file). */
export function canonicalElement(el: XmlElement): string[] {
  const out: string[] = []
  writeElement(el, 0, false, out)
  return out
}

function writeElement(el: XmlElement, level: number, isRoot: boolean, out: string[]): void {
  const indent = INDENT.repeat(level)
  const attrs = el.attrs
    .filter((a) => !(isRoot && a.name.startsWith('xmlns')))
    .map((a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('')
  const children = el.children.filter((n): n is XmlElement => n.kind === 'element')
  const text = textContent(el.children)
  if (children.length === 0) {
    out.push(`${indent}<${el.name}${attrs}>${text}</${el.name}>`)
    return
  }
  out.push(`${indent}<${el.name}${attrs}>`)
  if (text !== '') out.push(`${indent}${INDENT}${text}`)
  for (const child of orderChildren(children, isRoot)) writeElement(child, level + 1, false, out)
  out.push(`${indent}</${el.name}>`)
}

/**
 * Stable sort by element name; at the root, entries with the same name also by their key
 * (except a value set's values).
 */
function orderChildren(children: XmlElement[], isRoot: boolean): XmlElement[] {
  const indexed = children.map((el, index) => ({
    el,
    index,
    key: isRoot && !ORDERED_ROOT_ENTRIES.has(el.name) ? entryKey(el) : ''
  }))
  indexed.sort(
    (a, b) => compare(a.el.name, b.el.name) || compare(a.key, b.key) || a.index - b.index
  )
  return indexed.map((i) => i.el)
}

/** The text of the first key element of an entry (`<fields><fullName>Total__c</fullName>`). */
export function entryKey(el: XmlElement, keyElements: readonly string[] = KEY_ELEMENTS): string {
  for (const name of keyElements) {
    const child = el.children.find((n): n is XmlElement => n.kind === 'element' && n.name === name)
    if (child) return textContent(child.children)
  }
  return ''
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
