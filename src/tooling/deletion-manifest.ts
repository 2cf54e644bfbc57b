/**
 * The destructive manifest of the Apex files a delta deleted, for the Metadata API fallback of
 * compile mode (the Tooling API cannot delete). Pure.
 */
import type { ChangedFile } from './compile-model.ts'

const TYPE_OF_SUFFIX: Record<string, string> = {
  cls: 'ApexClass',
  trigger: 'ApexTrigger',
  page: 'ApexPage',
  component: 'ApexComponent'
}

/** package.xml-format text listing the deleted files' components, types and members sorted. */
export function deletionManifest(deleted: readonly ChangedFile[], apiVersion: string): string {
  const byType = new Map<string, Set<string>>()
  for (const file of deleted) {
    const match = /([^/]+)\.(cls|trigger|page|component)$/.exec(file.path)
    const type = match ? TYPE_OF_SUFFIX[match[2] ?? ''] : undefined
    if (!match?.[1] || !type) continue
    byType.set(type, (byType.get(type) ?? new Set()).add(match[1]))
  }
  const types = [...byType.keys()].sort().map((type) => {
    const members = [...(byType.get(type) ?? [])]
      .sort()
      .map((m) => `        <members>${m}</members>\n`)
    return `    <types>\n${members.join('')}        <name>${type}</name>\n    </types>\n`
  })
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
    `${types.join('')}    <version>${apiVersion}</version>\n</Package>\n`
  )
}
