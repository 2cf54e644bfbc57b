import type { XmlAttr, XmlElement, XmlNode } from './xml.ts'

/** The XML declaration the reference writes, exactly. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
const INDENT = '    '
/** Indentation strings by level, built once. */
const INDENTS = Array.from({ length: 32 }, (_, i) => INDENT.repeat(i))
const indentOf = (level: number): string => INDENTS[level] ?? INDENT.repeat(level)
/** Marks an element whose output line is wanted; stripped before returning. */
const MARK = '\uE000'

const NEEDS_ESCAPE = /[&<>'"]/

/** Escapes text and attribute values as the reference does; numeric references stay as written. */
export function escapeXml(value: string): string {
  // Most values have nothing to escape: a test allocates nothing, a replace builds a new string.
  if (!NEEDS_ESCAPE.test(value)) return value
  return value.replace(/&(?!#\d+;|#x[0-9A-Fa-f]+;)|[<>'"]/g, (c) => {
    switch (c) {
      case '<':
        return '&lt;'
      case '>':
        return '&gt;'
      case "'":
        return '&apos;'
      case '"':
        return '&quot;'
      default:
        return '&amp;'
    }
  })
}

function attrString(attrs: XmlAttr[]): string {
  let out = ''
  for (const a of attrs) out += ` ${a.name}="${escapeXml(a.value)}"`
  return out
}

/** Groups child nodes by key at the position of the first occurrence (the reference's object model). */
function groupChildren(children: XmlNode[]): { groups: XmlNode[][]; text: string } {
  const groups: XmlNode[][] = []
  let byKey: Map<string, XmlNode[]> | undefined
  let text = ''
  let last = ''
  for (const node of children) {
    if (node.kind === 'text') {
      if (node.value.length > 0) text += node.value.trim()
      continue
    }
    const key = node.kind === 'element' ? node.name : `#${node.kind}`
    // Most documents list each tag once or consecutively: avoid the map until a tag reappears later.
    const lastGroup = groups[groups.length - 1]
    if (key === last && lastGroup) {
      lastGroup.push(node)
      continue
    }
    byKey ??= new Map(groups.map((g) => [keyOf(g[0]), g]))
    const group = byKey.get(key)
    if (group) group.push(node)
    else {
      const fresh = [node]
      groups.push(fresh)
      byKey.set(key, fresh)
    }
    last = key
  }
  return { groups, text }
}

function keyOf(node: XmlNode | undefined): string {
  if (node === undefined) return ''
  return node.kind === 'element' ? node.name : `#${node.kind}`
}

function textOnly(children: XmlNode[]): boolean {
  for (const node of children) if (node.kind !== 'text') return false
  return true
}

function writeElement(
  el: XmlElement,
  level: number,
  marked: Set<XmlElement>,
  out: string[],
  fragments?: Map<XmlElement, string>
): void {
  const indent = indentOf(level)
  const mark = marked.size > 0 && marked.has(el) ? MARK : ''
  const open = `${indent}${mark}<${el.name}${attrString(el.attrs)}>`
  if (textOnly(el.children)) {
    // Leaf elements (most of a metadata file): no grouping needed, nothing to allocate for it.
    let text = ''
    for (const node of el.children) if (node.kind === 'text') text += node.value.trim()
    out.push(`${open}${escapeXml(text)}</${el.name}>\n`)
    return
  }
  const { groups, text } = groupChildren(el.children)
  if (groups.length === 0) {
    out.push(`${open}${escapeXml(text)}</${el.name}>\n`)
    return
  }
  out.push(`${open}\n`)
  const inner = indentOf(level + 1)
  for (const group of groups) {
    for (const node of group) {
      if (node.kind === 'element') {
        const fragment = fragments?.get(node)
        if (fragment === undefined) writeElement(node, level + 1, marked, out, fragments)
        else out.push(fragment)
      } else if (node.kind === 'cdata') out.push(`${inner}<![CDATA[${node.value}]]>\n`)
      else if (node.kind === 'comment') out.push(`${inner}<!--${node.value}-->\n`)
    }
  }
  out.push(`${escapeXml(text)}${indent}</${el.name}>\n`)
}

/** Result of serialising: the text, and the 1-based output line of each marked element. */
export interface WrittenXml {
  text: string
  lines: Map<XmlElement, number>
}

/**
 * Serialises a document the way the reference converter writes recomposed files: fixed
 * declaration, 4-space indent, repeated tags grouped at their first position, text trimmed,
 * empty elements as `<a></a>`, CDATA on its own line, comments glued to their neighbours.
 * `marked` elements get their output line reported.
 */
export function writeXml(root: XmlElement, marked: XmlElement[] = []): WrittenXml {
  return writeWithFragments(root, marked, undefined)
}

/**
 * One element as `writeXml` writes it at `level`, marked, before the document-wide comment
 * clean-up. Placed with `writeXmlWithFragments`, it lets a caller drop the element's tree as soon
 * as it is read (thousands of decomposed child files) and keep only its text.
 */
export function renderFragment(el: XmlElement, level: number): string {
  const out: string[] = []
  writeElement(el, level, new Set([el]), out)
  return out.join('')
}

/**
 * `writeXml` where some elements of the tree stand for text already rendered by
 * `renderFragment` at their level; each such element must also be in `marked`.
 */
export function writeXmlWithFragments(
  root: XmlElement,
  marked: XmlElement[],
  fragments: Map<XmlElement, string>
): WrittenXml {
  return writeWithFragments(root, marked, fragments)
}

function writeWithFragments(
  root: XmlElement,
  marked: XmlElement[],
  fragments: Map<XmlElement, string> | undefined
): WrittenXml {
  const markSet = new Set(marked)
  const out: string[] = [`${XML_DECLARATION}\n`]
  writeElement(root, 0, markSet, out, fragments)
  let text = out.join('')
  // The reference strips the whitespace around single-line comments after formatting.
  if (text.includes('<!--')) text = glueComments(text)
  const lines = new Map<XmlElement, number>()
  if (marked.length > 0) text = collectMarks(text, marked, lines)
  return { text, lines }
}

const WHITESPACE = /\s/
const isSpace = (c: string | undefined): boolean => c !== undefined && WHITESPACE.test(c)
const LINE_END = /[\n\r\u2028\u2029]/

/**
 * `text.replace(/\s+<!--(.*?)-->\s+/g, '<!--$1-->')` without the regex: on large files with
 * many comments the regex retries its leading `\s+` at every space of every indentation.
 */
export function glueComments(text: string): string {
  let out = ''
  let pos = 0
  let from = 0
  for (let i = text.indexOf('<!--', from); i !== -1; i = text.indexOf('<!--', from)) {
    let start = i
    while (start > pos && isSpace(text[start - 1])) start--
    let end = -1
    if (start < i) {
      for (let j = text.indexOf('-->', i + 4); j !== -1; j = text.indexOf('-->', j + 1)) {
        if (LINE_END.test(text.slice(i + 4, j))) break // `.` stops at a line end
        if (isSpace(text[j + 3])) {
          end = j + 3
          break
        }
      }
    }
    if (end === -1) {
      from = i + 1
      continue
    }
    let after = end
    while (after < text.length && isSpace(text[after])) after++
    out += text.slice(pos, start) + text.slice(i, end)
    pos = after
    from = after
  }
  return out + text.slice(pos)
}

function collectMarks(text: string, marked: XmlElement[], lines: Map<XmlElement, number>): string {
  const order = marked // marks appear in document order, which is the order of `marked`
  let line = 1
  let last = 0
  let n = 0
  for (let i = text.indexOf(MARK); i !== -1; i = text.indexOf(MARK, i + 1)) {
    for (let j = text.indexOf('\n', last); j !== -1 && j < i; j = text.indexOf('\n', j + 1)) line++
    last = i
    const el = order[n++]
    if (el) lines.set(el, line)
  }
  return text.replaceAll(MARK, '')
}
