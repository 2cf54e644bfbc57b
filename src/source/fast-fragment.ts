/**
 * The rendered fragment of a decomposed child file (a field, a field translation) in one pass
 * over its text, without building its tree: what `renderFragment(childElement(...), 1)` writes,
 * for the plain shape nearly every child file has — elements and text only, no attributes below
 * the root, no comments, CDATA or mixed content, repeated tags side by side. Anything else returns
 * undefined and goes through the parser and writer (which also report malformed XML).
 * Thousands of child files per project: their trees were most of the build's garbage.
 */
import { escapeXml } from './xml-write.ts'
import { MAX_XML_DEPTH, decodeEntities } from './xml.ts'

/** What a child file gives its parent. */
export interface FastFragment {
  fragment: string
  /** Text of the first direct child named the id element ('' when absent or not a leaf). */
  id: string
  /** Line of the root element in the file. */
  line: number
}

const INDENT = '    '
const MARK = '\uE000'
const XMLNS = /^\s+xmlns\s*=\s*(?:"[^"<]*"|'[^'<]*')\s*$/

interface Frame {
  name: string
  indent: string
  /** Index in `out` of the element's opening line (rewritten once its content is known). */
  at: number
  open: string
  hasChildren: boolean
  text: string
  last: string
  seen?: Set<string>
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e
}

const decode = (raw: string): string => (raw.includes('&') ? decodeEntities(raw) : raw)
const blank = (s: string): boolean => s.trim() === ''

/**
 * Renders the child file `text` as the element `tag` at level 1 (marked), taking the id from
 * `idElement`; undefined when the file is not of the plain shape.
 */
export function fastFragment(
  text: string,
  tag: string,
  idElement: string
): FastFragment | undefined {
  try {
    return render(text, tag, idElement)
  } catch {
    return undefined // a bad entity: the parser reports it with its line
  }
}

function render(text: string, tag: string, idElement: string): FastFragment | undefined {
  let pos = 0
  // Declaration and whitespace before the root.
  for (;;) {
    const lt = text.indexOf('<', pos)
    if (lt === -1 || !blank(text.slice(pos, lt))) return undefined
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2)
      if (end === -1) return undefined
      pos = end + 2
      continue
    }
    if (text.charCodeAt(lt + 1) === 0x21) return undefined // comment, DOCTYPE
    pos = lt
    break
  }
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++
  // The root: its name and only an xmlns attribute.
  if (!isNameStart(text.charCodeAt(pos + 1))) return undefined
  let end = pos + 1
  while (isNameChar(text.charCodeAt(end))) end++
  const close = text.indexOf('>', end)
  if (close === -1) return undefined
  const selfClosing = text.charCodeAt(close - 1) === 0x2f
  const attrs = text.slice(end, selfClosing ? close - 1 : close)
  if (!blank(attrs) && !XMLNS.test(attrs)) return undefined
  const out: string[] = []
  const rootOpen = `${INDENT}${MARK}<${tag}>`
  if (selfClosing) return tail(text, close + 1, `${rootOpen}</${tag}>\n`, '', line)
  const stack: Frame[] = [
    {
      name: text.slice(pos + 1, end),
      indent: INDENT,
      at: 0,
      open: rootOpen,
      hasChildren: false,
      text: '',
      last: ''
    }
  ]
  out.push('')
  let id: string | undefined
  pos = close + 1
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame
    const lt = text.indexOf('<', pos)
    if (lt === -1) return undefined
    if (lt > pos) top.text += text.slice(pos, lt)
    const next = text.charCodeAt(lt + 1)
    if (next === 0x21 || next === 0x3f) return undefined // comment, CDATA, PI
    if (next === 0x2f) {
      // `</name>` closing the open element, exactly.
      const after = lt + 2 + top.name.length
      if (text.charCodeAt(after) !== 0x3e || !text.startsWith(top.name, lt + 2)) return undefined
      stack.pop()
      const value = decode(top.text)
      if (top.hasChildren) {
        if (!blank(value)) return undefined // mixed content
        out.push(`${top.indent}</${stack.length === 0 ? tag : top.name}>\n`)
      } else {
        const trimmed = value.trim()
        out[top.at] = `${top.open}${escapeXml(trimmed)}</${stack.length === 0 ? tag : top.name}>\n`
        if (stack.length === 1 && id === undefined && top.name === idElement) id = trimmed
      }
      if (stack.length === 1 && top.hasChildren && id === undefined && top.name === idElement)
        id = ''
      pos = after + 1
      continue
    }
    // A start tag: a name, then `>` or `/>`, nothing else.
    if (!isNameStart(text.charCodeAt(lt + 1))) return undefined
    let e = lt + 1
    while (isNameChar(text.charCodeAt(e))) e++
    const self = text.charCodeAt(e) === 0x2f && text.charCodeAt(e + 1) === 0x3e
    if (!self && text.charCodeAt(e) !== 0x3e) return undefined
    const name = text.slice(lt + 1, e)
    // Deeper than the parser allows: it refuses the file, naming it.
    if (stack.length >= MAX_XML_DEPTH) return undefined
    if (!blank(decode(top.text))) return undefined // mixed content
    top.text = ''
    if (!top.hasChildren) {
      top.hasChildren = true
      out[top.at] = `${top.open}\n`
    }
    if (name !== top.last) {
      // The writer groups a repeated tag at its first place: side by side only here.
      top.seen ??= new Set()
      if (top.seen.has(name)) return undefined
      top.seen.add(name)
      top.last = name
    }
    const indent = `${top.indent}${INDENT}`
    const open = `${indent}<${name}>`
    if (self) {
      out.push(`${open}</${name}>\n`)
      if (stack.length === 1 && id === undefined && name === idElement) id = ''
      pos = e + 2
    } else {
      out.push('')
      stack.push({ name, indent, at: out.length - 1, open, hasChildren: false, text: '', last: '' })
      pos = e + 1
    }
  }
  return tail(text, pos, out.join(''), id ?? '', line)
}

/** Only whitespace may follow the root. */
function tail(
  text: string,
  pos: number,
  fragment: string,
  id: string,
  line: number
): FastFragment | undefined {
  return blank(text.slice(pos)) ? { fragment, id, line } : undefined
}
