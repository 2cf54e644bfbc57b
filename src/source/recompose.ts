import { compareEnglish } from './collate.ts'
import type { ChildType } from './registry/registry.ts'
import { textContent, type XmlElement, type XmlNode } from './xml.ts'
import { renderFragment, writeXmlWithFragments } from './xml-write.ts'

/** The Metadata API namespace written on every recomposed root. */
export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata'

/** A child to place in the recomposed file. */
export interface ChildInput {
  type: ChildType
  /** The element as it will be written (tag already the group tag). */
  element: XmlElement
  /** Text of the child's unique-id element ('' when absent). */
  id: string
  /** Tree path of the source file holding it and the line where it starts there. */
  path: string
  line: number
  /** The element already rendered (`renderedChild`); `element` is then a placeholder for it. */
  fragment?: string
}

/** A child as placed in the output, for the source map. */
export interface PlacedChild {
  type: ChildType
  id: string
  path: string
  sourceLine: number
  outputLine: number
}

/** Output of a recomposition. */
export interface Recomposed {
  text: string
  children: PlacedChild[]
}

/** Text of the first direct child element named `name`, trimmed ('' when absent). */
export function childText(el: XmlElement, name: string): string {
  for (const node of el.children) {
    if (node.kind === 'element' && node.name === name) {
      return textContent(node.children)
    }
  }
  return ''
}

/** Whether a root holds anything (elements, comments, CDATA or text); `<X xmlns="..."/>` does not. */
export function hasContent(root: XmlElement): boolean {
  return root.children.some((n: XmlNode) => n.kind !== 'text' || n.value.trim() !== '')
}

/** Turns a decomposed child file's root into the element placed under the parent. */
export function childElement(type: ChildType, root: XmlElement): XmlElement {
  return {
    kind: 'element',
    name: type.tag,
    attrs: root.attrs.filter((a) => a.name !== 'xmlns'),
    children: root.children,
    line: root.line
  }
}

/**
 * Renders a child's element now, at the level it takes under the root, and keeps only the text
 * and an empty placeholder: the tree of each of thousands of child files then dies young instead
 * of living until its component is written (the output is the same).
 */
export function renderedChild(input: ChildInput): ChildInput {
  return fragmentInput({ ...input, fragment: renderFragment(input.element, 1) })
}

/** A child given as its rendered `fragment` (marked), with an empty element standing for it. */
export function fragmentInput(
  child: Omit<ChildInput, 'element'> & { fragment: string }
): ChildInput {
  const placeholder: XmlElement = {
    kind: 'element',
    name: child.type.tag,
    attrs: [],
    children: [],
    line: child.line
  }
  return { ...child, element: placeholder }
}

/**
 * Recomposes a decomposed component (docs/package-builder.md, Recomposition): the parent's own
 * nodes in order, then the children grouped by tag (tags sorted by code unit, children by English
 * collation of their id). `parent` undefined = start from an empty root (CustomLabels,
 * children-only objects).
 */
export function recompose(
  rootName: string,
  parent: XmlElement | undefined,
  children: ChildInput[]
): Recomposed {
  const byTag = new Map<string, ChildInput[]>()
  for (const child of children) {
    const group = byTag.get(child.type.tag)
    if (group) group.push(child)
    else byTag.set(child.type.tag, [child])
  }
  const ordered: ChildInput[] = []
  for (const tag of [...byTag.keys()].sort()) {
    const group = byTag.get(tag) ?? []
    group.sort((a, b) => compareEnglish(a.id, b.id))
    ordered.push(...group)
  }
  const root: XmlElement = {
    kind: 'element',
    name: rootName,
    attrs: [
      { name: 'xmlns', value: METADATA_NS },
      ...(parent?.attrs.filter((a) => a.name !== 'xmlns') ?? [])
    ],
    children: [...(parent?.children ?? []), ...ordered.map((c) => c.element)],
    line: 1
  }
  const fragments = new Map<XmlElement, string>()
  for (const c of ordered) if (c.fragment !== undefined) fragments.set(c.element, c.fragment)
  const written = writeXmlWithFragments(
    root,
    ordered.map((c) => c.element),
    fragments
  )
  return {
    text: written.text,
    children: ordered.map((c) => ({
      type: c.type,
      id: c.id,
      path: c.path,
      sourceLine: c.line,
      outputLine: written.lines.get(c.element) ?? 0
    }))
  }
}

/** Child tags that the parent file already holds inline while child files for them exist. */
export function inlineConflicts(parent: XmlElement, childTags: Set<string>): string[] {
  const found = new Set<string>()
  for (const node of parent.children) {
    if (node.kind === 'element' && childTags.has(node.name)) found.add(node.name)
  }
  return [...found]
}
