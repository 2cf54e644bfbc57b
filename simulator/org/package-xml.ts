/**
 * package.xml and destructiveChanges*.xml: parse what a deploy sends, build what a retrieve returns.
 */
import { MD_NS, asRecord, escapeXml, listOf, parseXml, textOf, textsOf } from '../core/soap-xml.ts'
import { normalizeMember } from './component-index.ts'

/** A manifest: type name → members, plus the version. */
export interface Manifest {
  types: Map<string, string[]>
  version: string | undefined
}

/** Parses a manifest; throws with a clear message when it is not a `<Package>` document. */
export function parseManifest(text: string, fileName: string): Manifest {
  const doc = parseXml(text)
  const pkg = asRecord(doc['Package'])
  if (!pkg && doc['Package'] !== '') {
    throw new Error(`${fileName}: expected a <Package> root element`)
  }
  const types = new Map<string, string[]>()
  for (const entry of listOf(pkg?.['types'])) {
    const record = asRecord(entry)
    const name = textOf(record?.['name'])
    if (!name) continue
    const members = textsOf(record?.['members']).map((member) => normalizeMember(member))
    types.set(name, [...(types.get(name) ?? []), ...members])
  }
  const version = textOf(pkg?.['version']) ?? undefined
  return { types, version }
}

/** Builds a manifest as the org returns it: types sorted by name, members sorted. */
export function buildManifest(types: Map<string, string[]>, version: string | undefined): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<Package xmlns="${MD_NS}">`]
  for (const name of [...types.keys()].sort()) {
    lines.push('    <types>')
    for (const member of [...new Set(types.get(name) ?? [])].sort()) {
      lines.push(`        <members>${escapeXml(member)}</members>`)
    }
    lines.push(`        <name>${escapeXml(name)}</name>`, '    </types>')
  }
  if (version) lines.push(`    <version>${escapeXml(version)}</version>`)
  lines.push('</Package>')
  return `${lines.join('\n')}\n`
}
