import { BuildError } from './build-error.ts'
import type { Member } from './component.ts'
import { METADATA_NS } from './recompose.ts'
import { XML_DECLARATION, escapeXml } from './xml-write.ts'
import { childText } from './recompose.ts'
import { parseXml, textContent } from './xml.ts'

/** Code-unit order (`Array.prototype.sort` default), which the reference uses in package.xml. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Writes package.xml (or a destructive manifest): one `<types>` per type sorted by name, members
 * de-duplicated and sorted by code unit, then `<version>`, as the reference converter writes it.
 */
export function buildPackageXml(members: Member[], version: string | undefined): string {
  const byType = new Map<string, Set<string>>()
  for (const m of members) {
    const set = byType.get(m.type) ?? new Set<string>()
    set.add(m.fullName)
    byType.set(m.type, set)
  }
  const lines = [XML_DECLARATION, `<Package xmlns="${METADATA_NS}">`]
  for (const type of [...byType.keys()].sort(byCodeUnit)) {
    lines.push('    <types>')
    for (const member of [...(byType.get(type) ?? [])].sort(byCodeUnit)) {
      lines.push(`        <members>${escapeXml(member)}</members>`)
    }
    lines.push(`        <name>${escapeXml(type)}</name>`, '    </types>')
  }
  if (version !== undefined) lines.push(`    <version>${escapeXml(version)}</version>`)
  lines.push('</Package>', '')
  return lines.join('\n')
}

/** A parsed package.xml. */
export interface ParsedManifest {
  members: Member[]
  version?: string
}

/** Reads a package.xml-format file; problems (wrong root, empty names) name the file. */
export function parsePackageXml(text: string, file: string): ParsedManifest {
  const root = parseXml(text, file)
  if (root.name !== 'Package')
    throw new BuildError([`${file}: expected a <Package> root element, found <${root.name}>.`])
  const members: Member[] = []
  const problems: string[] = []
  for (const node of root.children) {
    if (node.kind !== 'element' || node.name !== 'types') continue
    const type = childText(node, 'name')
    if (type === '') problems.push(`${file}:${node.line}: <types> without a <name>.`)
    for (const m of node.children) {
      if (m.kind !== 'element' || m.name !== 'members') continue
      const text = textContent(m.children)
      if (text !== '') members.push({ type, fullName: text })
    }
  }
  if (problems.length > 0) throw new BuildError(problems)
  const version = childText(root, 'version')
  return version === '' ? { members } : { members, version }
}
