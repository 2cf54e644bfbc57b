import { BuildError } from './build-error.ts'

/** One attribute, value entity-decoded (numeric character references kept as written). */
export interface XmlAttr {
  name: string
  value: string
}

/** An element of a parsed document; `line` is 1-based, where its start tag begins. */
export interface XmlElement {
  kind: 'element'
  name: string
  attrs: XmlAttr[]
  children: XmlNode[]
  line: number
}

/** Text (entity-decoded, untrimmed), CDATA (raw) or comment (raw) content. */
export interface XmlLeaf {
  kind: 'text' | 'cdata' | 'comment'
  value: string
}

export type XmlNode = XmlElement | XmlLeaf

/** XML's whitespace: space, tab, line feed and carriage return (by char code). */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/** The text and CDATA of `nodes`, joined and trimmed; comments and elements left out. */
export function textContent(nodes: XmlNode[]): string {
  return nodes
    .map((n) => (n.kind === 'text' || n.kind === 'cdata' ? n.value : ''))
    .join('')
    .trim()
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }

/** Decodes the five predefined entities; numeric references stay as written (the reference keeps them). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&(lt|gt|amp|apos|quot);/g, (_m, name: string) => NAMED_ENTITIES[name] ?? '')
}

/** One decoder and encoder for the whole process: creating one per file costs native memory. */
const DECODER = new TextDecoder('utf-8')
const ENCODER = new TextEncoder()

/** Encodes text as UTF-8. */
export function encodeUtf8(text: string): Uint8Array {
  return ENCODER.encode(text)
}

/** Strips a UTF-8 BOM and decodes bytes as UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = DECODER.decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes a file that a transformation rewrites (recomposition). One that is not UTF-8 (Latin-1
 * is common in older projects) would have each accented byte turned into U+FFFD: it is read as
 * Latin-1 instead, which keeps every character, and `warn` is told, naming the file.
 */
export function decodeForTransform(
  bytes: Uint8Array,
  file: string,
  warn: (message: string) => void
): string {
  let text: string
  try {
    text = STRICT_UTF8.decode(bytes)
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  } catch {
    warn(
      `${file} is not UTF-8: it was read as Latin-1 (ISO-8859-1) to be recomposed, and is written in UTF-8.`
    )
    text = Buffer.from(bytes).toString('latin1')
  }
  return normalizeLineEnds(text)
}

/**
 * CRLF and lone CR as LF, as an XML parser reads them (end-of-line handling of XML 1.0) and as the reference's
 * does before recomposing: a multi-line label value or formula written on Windows is deployed
 * with LF. `&#13;` stays, as written.
 */
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Returns a function giving the line of an index; indexes must not decrease between calls. */
export function lineCounter(text: string): (index: number) => number {
  let at = 0
  let line = 1
  return (index) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
      line++
    at = Math.max(at, index)
    return line
  }
}

/** Deepest element nesting accepted in a metadata file (real ones stay below 20). */
export const MAX_XML_DEPTH = 256

const NAME_RE = /[A-Za-z_:][-A-Za-z0-9_:.]*/y
const ATTR_RE = /\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y

/**
 * Parses an XML document into its root element. Declarations and processing instructions are
 * dropped; a DOCTYPE is refused. Malformed input throws a BuildError naming `file` and the line.
 */
export function parseXml(text: string, file: string): XmlElement {
  const lines = lineCounter(text)
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let pos = 0
  const fail = (at: number, message: string): never => {
    throw new BuildError([`${file}:${lineAt(text, at)}: malformed XML: ${message}.`])
  }
  const addLeaf = (leaf: XmlLeaf, at: number): void => {
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(leaf)
    else if (leaf.kind === 'text' && leaf.value.trim() !== '')
      fail(at, 'text outside the root element')
  }
  while (pos < text.length) {
    const lt = text.indexOf('<', pos)
    if (lt === -1) {
      addLeaf({ kind: 'text', value: decodeEntities(text.slice(pos)) }, pos)
      break
    }
    if (lt > pos) addLeaf({ kind: 'text', value: decodeEntities(text.slice(pos, lt)) }, pos)
    // Dispatch on the character after `<` so that ordinary tags skip the declaration checks.
    const next = text.charCodeAt(lt + 1)
    if (next === BANG) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4)
        if (end === -1) fail(lt, 'unterminated comment')
        addLeaf({ kind: 'comment', value: text.slice(lt + 4, end) }, lt)
        pos = end + 3
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9)
        if (end === -1) fail(lt, 'unterminated CDATA section')
        if (stack.length === 0) fail(lt, 'CDATA outside the root element')
        addLeaf({ kind: 'cdata', value: text.slice(lt + 9, end) }, lt)
        pos = end + 3
      } else if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
        // A DOCTYPE can declare entities that expand without bound or read local files.
        fail(
          lt,
          'DOCTYPE declarations are not allowed in metadata files; remove the <!DOCTYPE ...> line'
        )
      } else {
        const end = text.indexOf('>', lt + 2)
        if (end === -1) fail(lt, 'unterminated declaration')
        pos = end + 1
      }
    } else if (next === QUESTION) {
      const end = text.indexOf('?>', lt + 2)
      if (end === -1) fail(lt, 'unterminated processing instruction')
      pos = end + 2
    } else if (next === SLASH) {
      // Fast path: `</name>` closing the open element, the only form well-formed files use.
      const open = stack[stack.length - 1]
      const after = open === undefined ? -1 : lt + 2 + open.name.length
      if (open && text.charCodeAt(after) === GT && text.startsWith(open.name, lt + 2)) {
        stack.pop()
        pos = after + 1
      } else pos = parseEndTag(text, lt, stack, fail)
    } else {
      pos = parseStartTag(text, lt, lines(lt), stack, fail, (el) => {
        if (root) fail(lt, 'a second root element')
        root = el
      })
    }
  }
  const open = stack[stack.length - 1]
  if (open) fail(text.length, `<${open.name}> (line ${open.line}) is never closed`)
  if (!root) return fail(0, 'no root element')
  return root
}

const BANG = 0x21
const QUESTION = 0x3f
const SLASH = 0x2f
const GT = 0x3e

/** Any closing tag, with the errors for malformed or mismatched ones; returns the next position. */
function parseEndTag(
  text: string,
  lt: number,
  stack: XmlElement[],
  fail: (at: number, message: string) => never
): number {
  NAME_RE.lastIndex = lt + 2
  const m = NAME_RE.exec(text)
  const close = text.indexOf('>', lt)
  if (!m || close === -1 || text.slice(NAME_RE.lastIndex, close).trim() !== '')
    fail(lt, 'bad closing tag')
  const open = stack.pop()
  if (!open) fail(lt, `closing tag </${m?.[0] ?? ''}> without an open element`)
  if (open && open.name !== m?.[0])
    fail(lt, `</${m?.[0] ?? ''}> closes <${open.name}> (opened on line ${open.line})`)
  return close + 1
}

/** End of the XML name starting at `start` (NAME_RE), or `start` when there is none. */
function nameEnd(text: string, start: number): number {
  const first = text.charCodeAt(start)
  if (!isNameStart(first)) return start
  let i = start + 1
  while (isNameStart(text.charCodeAt(i)) || isNameRest(text.charCodeAt(i))) i++
  return i
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a
}

function isNameRest(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e
}

function parseStartTag(
  text: string,
  lt: number,
  line: number,
  stack: XmlElement[],
  fail: (at: number, message: string) => never,
  setRoot: (el: XmlElement) => void
): number {
  const end = nameEnd(text, lt + 1)
  if (end === lt + 1) return fail(lt, 'bad start tag')
  const el: XmlElement = {
    kind: 'element',
    name: text.slice(lt + 1, end),
    attrs: [],
    children: [],
    line
  }
  let pos = end
  // Attributes start after whitespace; `>` and `/>` end most tags right after the name.
  for (;;) {
    const c = text.charCodeAt(pos)
    if (c === GT || c === SLASH) break
    ATTR_RE.lastIndex = pos
    const a = ATTR_RE.exec(text)
    if (!a) break
    el.attrs.push({ name: a[1] ?? '', value: decodeEntities(a[2] ?? a[3] ?? '') })
    pos = ATTR_RE.lastIndex
  }
  while (pos < text.length && /\s/.test(text[pos] ?? '')) pos++
  const selfClosing = text.startsWith('/>', pos)
  if (!selfClosing && text[pos] !== '>') fail(lt, `bad start tag <${el.name}>`)
  // Later stages (recomposition, writing) walk the tree recursively: a crafted file nested
  // without bound would overflow the stack with an error that names no file.
  if (stack.length >= MAX_XML_DEPTH)
    fail(
      lt,
      `elements nested more than ${MAX_XML_DEPTH} levels deep; metadata files are far shallower`
    )
  const parent = stack[stack.length - 1]
  if (parent) parent.children.push(el)
  else setRoot(el)
  if (!selfClosing) stack.push(el)
  return pos + (selfClosing ? 2 : 1)
}

/** Line numbers are counted from the start of the text; exported for callers that locate nodes. */
export { lineAt }
