/**
 * The labels of a `*.labels-meta.xml` file in one pass over its text, each rendered as the writer
 * renders it (`fastFragment`), without building the file's tree. A project's labels file is
 * often its largest XML file (hundreds of KB), and it is converted early, while the parser and
 * writer still run unoptimised: parsing and writing it took ~20 ms of a 6,500-file build.
 *
 * Only the plain shape is taken: an optional declaration and comments, a root element with no
 * attribute but `xmlns`, then `<labels>` blocks (each of the shape `fastFragment` takes) separated
 * by whitespace or comments, and nothing but whitespace or comments after the root. Anything else
 * returns undefined and goes through the parser, which also reports malformed XML.
 */
import { fastFragment } from './fast-fragment.ts'
import { isXmlSpace, lineCounter } from './xml.ts'

/** One label of a file: its rendered element, id and the line its block starts on. */
export interface FastLabel {
  id: string
  fragment: string
  line: number
}

const ROOT = /^<([A-Za-z_:][\w.:-]*)(?:\s+xmlns\s*=\s*(?:"[^"<]*"|'[^'<]*'))?\s*>/

/**
 * The `tag` blocks (`labels`) of `text` in file order, with their `idElement` (`fullName`);
 * undefined when the file is not of the plain shape.
 */
export function fastLabels(text: string, tag: string, idElement: string): FastLabel[] | undefined {
  let pos = skipMisc(text, 0)
  if (text.startsWith('<?', pos)) {
    const end = text.indexOf('?>', pos + 2)
    if (end === -1) return undefined
    pos = skipMisc(text, end + 2)
  }
  const root = ROOT.exec(text.slice(pos, pos + 512))
  if (!root) return undefined
  const rootClose = `</${root[1] ?? ''}>`
  const open = `<${tag}>`
  const close = `</${tag}>`
  const labels: FastLabel[] = []
  const lines = lineCounter(text)
  pos = skipMisc(text, pos + root[0].length)
  while (!text.startsWith(rootClose, pos)) {
    if (!text.startsWith(open, pos)) return undefined
    const end = text.indexOf(close, pos)
    if (end === -1) return undefined
    // A comment or CDATA holding the closing tag cuts the block short: fastFragment refuses it.
    const fast = fastFragment(text.slice(pos, end + close.length), tag, idElement)
    // An id that is not a plain leaf is read by the parser, as childText reads it.
    if (!fast || fast.id === '') return undefined
    labels.push({ id: fast.id, fragment: fast.fragment, line: lines(pos) })
    pos = skipMisc(text, end + close.length)
  }
  return skipMisc(text, pos + rootClose.length) === text.length ? labels : undefined
}

/** Past whitespace and complete comments from `pos`; a position of `<`, or the end. */
function skipMisc(text: string, from: number): number {
  let pos = from
  for (;;) {
    while (pos < text.length && isXmlSpace(text.charCodeAt(pos))) pos++
    if (!text.startsWith('<!--', pos)) return pos
    const end = text.indexOf('-->', pos + 4)
    // An unterminated comment: left where it is, so that nothing matches and the parser reports it.
    if (end === -1) return pos
    pos = end + 3
  }
}
