/**
 * The rendered fragment of a decomposed child file (a field, a field translation) in one pass
 * over its text, without building its tree: what `renderFragment(childElement(...), 1)` writes,
 * for the plain shape nearly every child file has — elements, text and comments, no attributes
 * below the root, no CDATA or mixed content, repeated tags side by side. Anything else returns
 * undefined and goes through the parser and writer (which also report malformed XML).
 * Thousands of child files per project: their trees were most of the build's garbage.
 */
import { escapeXml } from './xml-write.ts'
import { MAX_XML_DEPTH, decodeEntities, isXmlSpace, lineAt } from './xml.ts'

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
  depth: number
  /** Index in `out` of the element's opening line (rewritten once its content is known). */
  at: number
  hasChildren: boolean
  last: string
  seen?: string[]
}

/** Indentation by depth below the root (the root sits at level 1). */
const INDENTS = Array.from({ length: 40 }, (_, i) => INDENT.repeat(i + 1))
const indentAt = (depth: number): string => INDENTS[depth] ?? INDENT.repeat(depth + 1)

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e
}

const decode = (raw: string): string => (raw.includes('&') ? decodeEntities(raw) : raw)
const blank = (s: string): boolean => s.trim() === ''

/** Whether text[from, to) is whitespace once entities are decoded, without slicing it when plain. */
function blankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (isXmlSpace(c)) continue
    // Entities and other spaces: as the parser sees them.
    return blank(decode(text.slice(from, to)))
  }
  return true
}

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
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4)
      if (end === -1) return undefined
      pos = end + 3
      continue
    }
    if (text.charCodeAt(lt + 1) === 0x21) return undefined // DOCTYPE
    pos = lt
    break
  }
  const line = lineAt(text, pos)
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
    { name: text.slice(pos + 1, end), depth: 0, at: 0, hasChildren: false, last: '' }
  ]
  out.push(rootOpen)
  let id: string | undefined
  pos = close + 1
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame
    const lt = text.indexOf('<', pos)
    if (lt === -1) return undefined
    const next = text.charCodeAt(lt + 1)
    if (next === 0x3f) return undefined // a processing instruction
    if (next === 0x21) {
      // A comment is a child of its own kind, grouped like a tag; CDATA goes to the parser.
      if (!text.startsWith('<!--', lt)) return undefined
      const end = text.indexOf('-->', lt + 4)
      if (end === -1 || !blankRange(text, pos, lt) || !child(top, COMMENT, out)) return undefined
      out.push(`${indentAt(top.depth + 1)}<!--${text.slice(lt + 4, end)}-->\n`)
      pos = end + 3
      continue
    }
    if (next === 0x2f) {
      // `</name>` closing the open element, exactly.
      const after = lt + 2 + top.name.length
      if (text.charCodeAt(after) !== 0x3e || !text.startsWith(top.name, lt + 2)) return undefined
      stack.pop()
      const name = stack.length === 0 ? tag : top.name
      if (top.hasChildren) {
        if (!blankRange(text, pos, lt)) return undefined // mixed content
        out.push(`${indentAt(top.depth)}</${name}>\n`)
        if (stack.length === 1 && id === undefined && top.name === idElement) id = ''
      } else {
        // A leaf: the text since its opening tag is all of its content.
        const value = decode(text.slice(pos, lt)).trim()
        out[top.at] = `${out[top.at] ?? ''}${escapeXml(value)}</${name}>\n`
        if (stack.length === 1 && id === undefined && top.name === idElement) id = value
      }
      pos = after + 1
      continue
    }
    // A start tag: a name, then `>` or `/>`, nothing else.
    if (!isNameStart(next)) return undefined
    let e = lt + 2
    while (isNameChar(text.charCodeAt(e))) e++
    const self = text.charCodeAt(e) === 0x2f && text.charCodeAt(e + 1) === 0x3e
    if (!self && text.charCodeAt(e) !== 0x3e) return undefined
    // Deeper than the parser allows: it refuses the file, naming it.
    if (stack.length >= MAX_XML_DEPTH) return undefined
    if (!blankRange(text, pos, lt)) return undefined // mixed content
    const name = text.slice(lt + 1, e)
    if (!child(top, name, out)) return undefined
    const depth = top.depth + 1
    if (self) {
      out.push(`${indentAt(depth)}<${name}></${name}>\n`)
      if (stack.length === 1 && id === undefined && name === idElement) id = ''
      pos = e + 2
    } else {
      out.push(`${indentAt(depth)}<${name}>`)
      stack.push({ name, depth, at: out.length - 1, hasChildren: false, last: '' })
      pos = e + 1
    }
  }
  return tail(text, pos, out.join(''), id ?? '', line)
}

/** Key of comments among an element's children (no tag can be named so). */
const COMMENT = '#comment'

/**
 * Records a child of `top` (a tag name or COMMENT): its opening line becomes a line of its own;
 * false when the key reappears after another one (the writer would move it to its first place).
 */
function child(top: Frame, key: string, out: string[]): boolean {
  if (!top.hasChildren) {
    top.hasChildren = true
    out[top.at] = `${out[top.at] ?? ''}\n`
  }
  if (key === top.last) return true
  if (top.seen === undefined) top.seen = [top.last]
  else if (top.seen.includes(key)) return false
  top.seen.push(key)
  top.last = key
  return true
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
