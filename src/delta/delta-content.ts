import type { Member, ResolvedComponent } from '../source/component.ts'
import { childText } from '../source/recompose.ts'
import type { SourceTree } from '../source/source-tree.ts'
import { decodeUtf8, parseXml, type XmlElement, type XmlNode } from '../source/xml.ts'

async function readXml(tree: SourceTree, path: string): Promise<XmlElement> {
  return parseXml(decodeUtf8(await tree.readFile(path)), path)
}

/** A node's content as comparable text (line numbers left out). */
function fingerprint(nodes: XmlNode[]): string {
  let out = ''
  for (const n of nodes) {
    if (n.kind === 'element') {
      const attrs = n.attrs.map((a) => `${a.name}=${a.value}`).join(' ')
      out += `<${n.name} ${attrs}>${fingerprint(n.children)}</>`
    } else out += `${n.kind}:${n.value}\u0000`
  }
  return out
}

/**
 * Every label of the CustomLabels component, id -> content fingerprint (the first definition
 * wins, as in the build).
 */
export async function labelsOf(
  tree: SourceTree,
  c: ResolvedComponent | undefined
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const child = c?.type.children[0]
  if (!c || !child) return out
  for (const path of c.content) {
    const text = decodeUtf8(await tree.readFile(path))
    if (scanLabels(text, out)) continue
    const root = parseXml(text, path)
    for (const node of root.children) {
      if (node.kind !== 'element' || node.name !== child.tag) continue
      const id = childText(node, child.uniqueIdElement)
      if (!out.has(id)) out.set(id, fingerprint(node.children))
    }
  }
  return out
}

/**
 * The `<labels>` blocks of the common shape (every block starting with its `<fullName>`, no
 * CDATA), found without a parser in the text with its comments blanked, so that a commented-out
 * label is not taken for one; undefined when the file needs the parser.
 */
function labelBlocks(text: string): RegExpExecArray[] | undefined {
  if (text.includes('<![CDATA[')) return undefined
  const blank = text.includes('<!--')
    ? text.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length))
    : text
  if (blank.includes('<!--')) return undefined // an unterminated comment: the parser says where
  const blocks = [
    ...blank.matchAll(/<labels>\s*<fullName>([^<]*)<\/fullName>([\s\S]*?)<\/labels>/dg)
  ]
  return blocks.length === (blank.match(/<labels[\s>]/g) ?? []).length ? blocks : undefined
}

/**
 * Labels read without a parser where the shape allows: a block's text is its fingerprint
 * (whitespace and comment changes count, as they do for every other file). False when the file
 * needs the parser.
 */
function scanLabels(text: string, out: Map<string, string>): boolean {
  const blocks = labelBlocks(text)
  if (blocks === undefined) return false
  for (const m of blocks) {
    const id = (m[1] ?? '').trim()
    const [from, to] = m.indices?.[2] ?? [0, 0]
    if (!out.has(id)) out.set(id, `scan:${text.slice(from, to)}`)
  }
  return true
}

/**
 * Ids of the labels in every label file except `skip` (only ids are needed): scanned as
 * `labelBlocks` finds them, parsed when the file's shape needs it.
 */
export async function labelIds(
  tree: SourceTree,
  c: ResolvedComponent | undefined,
  skip: ReadonlySet<string>
): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const path of c?.content ?? []) {
    if (skip.has(path)) continue
    const blocks = labelBlocks(decodeUtf8(await tree.readFile(path)))
    if (blocks) for (const m of blocks) ids.add((m[1] ?? '').trim())
    else
      for (const id of (
        await labelsOf(tree, { ...c, content: [path] } as ResolvedComponent)
      ).keys())
        ids.add(id)
  }
  return ids
}

/** Labels added or changed at head, and labels gone from every label file. */
export function compareLabels(
  base: Map<string, string>,
  head: Map<string, string>
): { changed: string[]; deleted: string[] } {
  const changed = [...head].filter(([id, fp]) => base.get(id) !== fp).map(([id]) => id)
  const deleted = [...base.keys()].filter((id) => !head.has(id))
  return { changed, deleted }
}

/** Children listed inside a single-file parent (Workflow rules, sharing rules, ...). */
export async function inFileChildren(tree: SourceTree, c: ResolvedComponent): Promise<Member[]> {
  if (c.meta === undefined || c.type.children.length === 0) return []
  const root = await readXml(tree, c.meta)
  const out: Member[] = []
  for (const node of root.children) {
    if (node.kind !== 'element') continue
    const child = c.type.children.find((t) => t.tag === node.name)
    if (child)
      out.push({
        type: child.name,
        fullName: `${c.fullName}.${childText(node, child.uniqueIdElement)}`
      })
  }
  return out
}

/** Whether a field file declares a Master-Detail relationship. */
export async function isMasterDetail(tree: SourceTree, path: string): Promise<boolean> {
  return childText(await readXml(tree, path), 'type') === 'MasterDetail'
}
