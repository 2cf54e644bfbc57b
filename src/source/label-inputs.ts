/**
 * The labels of CustomLabels files as inputs of the recomposition: read without a tree when every
 * file has the plain shape (fast-labels.ts), else parsed. Both give the same inputs for the same
 * files, so the recomposed file and its source map are the same either way.
 */
import { fastLabels } from './fast-labels.ts'
import { childText, fragmentInput, type ChildInput } from './recompose.ts'
import type { ChildType } from './registry/registry.ts'
import { parseXml, type XmlElement } from './xml.ts'

/** A labels file and its decoded text. */
export interface LabelFile {
  path: string
  text: string
}

/**
 * The wanted labels of files that all have the plain shape and no label twice, rendered without a
 * tree (fast-labels.ts); undefined otherwise. The output is the parser's and writer's.
 */
export function fastLabelInputs(
  files: LabelFile[],
  child: ChildType,
  wanted: (id: string) => boolean
): ChildInput[] | undefined {
  const inputs: ChildInput[] = []
  const ids = new Set<string>()
  for (const { path, text } of files) {
    const labels = fastLabels(text, child.tag, child.uniqueIdElement)
    if (labels === undefined) return undefined
    for (const label of labels) {
      if (!wanted(label.id)) continue
      // A label defined twice is compared element by element, by the parser's path.
      if (ids.has(label.id)) return undefined
      ids.add(label.id)
      inputs.push(
        fragmentInput({
          type: child,
          id: label.id,
          path,
          line: label.line,
          fragment: label.fragment
        })
      )
    }
  }
  return inputs
}

/** The wanted labels of parsed files; a label defined again with other content is reported. */
export function parsedLabelInputs(
  files: LabelFile[],
  child: ChildType,
  wanted: (id: string) => boolean,
  warnings: string[]
): ChildInput[] {
  const seen = new Map<string, ChildInput>()
  for (const { path, text } of files) {
    const root = parseXml(text, path)
    for (const node of root.children) {
      if (node.kind !== 'element' || node.name !== child.tag) continue
      const id = childText(node, child.uniqueIdElement)
      if (!wanted(id)) continue
      const first = seen.get(id)
      if (first) {
        if (signature(first.element) !== signature(node)) {
          warnings.push(
            `CustomLabel ${id} is defined in ${first.path} and ${path} with different content; the first one is deployed.`
          )
        }
        continue
      }
      seen.set(id, { type: child, element: node, id, path, line: node.line })
    }
  }
  return [...seen.values()]
}

/** Content of an element without line numbers, to tell real duplicates from identical copies. */
function signature(el: XmlElement): string {
  return JSON.stringify(el.children, (k, v: unknown) => (k === 'line' ? undefined : v))
}
