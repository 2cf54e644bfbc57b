/**
 * Joins two copies of one parent file that different retrieve requests brought back. A request
 * of child members (CustomField Invoice__c.Total__c) holds the parent file with only those
 * entries, and one of the parent holds it without unlisted children: once the members of one
 * object are split across requests, each copy has only part of the file. Pure.
 */
import { writeXml } from '../source/xml-write.ts'
import { decodeUtf8, encodeUtf8, type XmlElement } from '../source/xml.ts'
import { childTypesOf, componentOfPath } from './metadata-paths.ts'
import { entryKey, tryParseXml } from './xml-canonical.ts'

/**
 * The file with the entries of both copies. The base is the copy that holds the parent's own
 * elements (when only the later one does, the later one); child entries only the other copy
 * holds are added to it. A file that is no parent file, or that does not parse, is the later copy.
 */
export function mergeParentFile(path: string, earlier: Uint8Array, later: Uint8Array): Uint8Array {
  const component = componentOfPath(path)
  if (!component || component.mainFile !== path) return later
  const keys = new Map(childTypesOf(component.type).map((c) => [c.tag, c.key]))
  if (keys.size === 0) return later
  const a = tryParseXml(decodeUtf8(earlier))
  const b = tryParseXml(decodeUtf8(later))
  if (!a || !b || a.name !== b.name) return later
  const entryOf = (node: XmlElement): string | undefined => {
    const key = keys.get(node.name)
    return key === undefined ? undefined : `${node.name}:${entryKey(node, [key])}`
  }
  const hasOwn = (root: XmlElement): boolean =>
    root.children.some((n) => n.kind === 'element' && entryOf(n) === undefined)
  const [base, other] = hasOwn(b) && !hasOwn(a) ? [b, a] : [a, b]
  const present = new Set(base.children.flatMap((n) => (n.kind === 'element' ? [entryOf(n)] : [])))
  const added = other.children.filter((n): n is XmlElement => {
    if (n.kind !== 'element') return false
    const entry = entryOf(n)
    return entry !== undefined && !present.has(entry)
  })
  if (added.length === 0) return base === a ? earlier : later
  return encodeUtf8(writeXml({ ...base, children: [...base.children, ...added] }).text)
}
