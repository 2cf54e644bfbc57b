import type { Member } from './component.ts'
import type { Selection } from './convert-context.ts'

/** Manifest mode: select what a package.xml lists (`*` selects every member of a type). */
export function selectionFromManifest(
  members: Member[]
): Selection & { covers(m: Member): boolean } {
  const byType = new Map<string, Set<string>>()
  for (const m of members) {
    const set = byType.get(m.type) ?? new Set<string>()
    set.add(m.fullName)
    byType.set(m.type, set)
  }
  const has = (type: string, member: string): boolean => {
    const set = byType.get(type)
    return set !== undefined && (set.has(member) || set.has('*'))
  }
  return {
    component: (type, member) => has(type.name, member),
    child: (type, member) => has(type.name, member),
    covers: (m) => has(m.type, m.fullName)
  }
}

/** Manifest members (not wildcards) that the build did not produce. */
export function missingMembers(wanted: Member[], built: Member[]): Member[] {
  const got = new Set(built.map((m) => `${m.type}:${m.fullName}`))
  return wanted.filter((m) => m.fullName !== '*' && !got.has(`${m.type}:${m.fullName}`))
}
