// Our registry against the committed snapshot of the reference converter's registry
// (conformance/sdr-registry-facts.json, refreshed by `node conformance/registry-facts.ts --write`).
// The facts are rebuilt from our loaded registry, so hand edits of the data, a stale regeneration
// or a loader that drops a field all fail here.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChildFacts, RegistryFacts, TypeFacts } from '../../conformance/registry-facts.ts'
import { defaultRegistry, type MetadataType } from '../../src/source/registry/registry.ts'

const snapshot = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '..', '..', 'conformance', 'sdr-registry-facts.json'),
    'utf8'
  )
) as RegistryFacts

/** What a type does, in the words of this test (an independent reading of the reference's strategies). */
function behaviourOf(t: TypeFacts): string {
  if (t.adapter === 'matchingContentFile') return 'matchingContent'
  if (t.adapter === 'bundle') return 'bundle'
  if (t.adapter === 'uiBundles') return 'bundle+uiBundle'
  if (t.adapter === 'digitalExperience') return 'digitalExperience'
  if (t.adapter === 'decomposed')
    return t.decomposition === 'folderPerType' ? 'decomposed' : 'decomposedBeside'
  if (t.adapter === 'mixedContent' && t.transformer === 'staticResource') return 'staticResource'
  if (t.adapter === 'mixedContent') return t.inFolder ? 'document' : 'experienceBundle'
  if (t.transformer === 'nonDecomposed' && t.recomposition === 'startEmpty') return 'labels'
  if (t.adapter === undefined || t.adapter === 'default') return 'copy'
  return `unknown adapter ${t.adapter}`
}

function ourBehaviour(t: MetadataType): string {
  return t.validation === 'uiBundle' ? `${t.strategy}+uiBundle` : t.strategy
}

interface Row {
  directoryName: string
  suffix?: string
  legacySuffix?: string
  strict: boolean
  behaviour: string
  folder?: { type: string; suffix?: string; alias?: string; aliasSuffix?: string }
  folderType?: string
  metaFileName?: string
  children?: ChildFacts[]
  childSuffixes?: Record<string, string>
}

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

/** The snapshot's content types, folder types folded into their content type as we store them. */
function referenceRows(facts: RegistryFacts): Record<string, Row> {
  const out: Record<string, Row> = {}
  for (const t of facts.types) {
    if (t.folderContentType !== undefined) continue
    const folder = facts.types.find((f) => f.folderContentType === t.name && !f.aliasFor)
    const alias = folder && facts.types.find((f) => f.aliasFor === folder.name)
    out[t.name] = defined({
      directoryName: t.directoryName,
      suffix: t.suffix,
      legacySuffix: t.legacySuffix,
      strict: t.strictDirectoryName === true,
      behaviour: behaviourOf(t),
      folder:
        t.inFolder && folder
          ? defined({
              type: folder.name,
              suffix: folder.suffix,
              alias: alias?.name,
              aliasSuffix: alias?.suffix
            })
          : undefined,
      folderType: t.inFolder ? undefined : t.folderType,
      metaFileName: t.metaFileSuffix,
      children: t.children?.map((c) => defined({ ...c, adapter: undefined })),
      childSuffixes: t.childSuffixes
    })
  }
  return out
}

/** The same facts read back from our loaded registry. */
function ourRows(): Record<string, Row> {
  const out: Record<string, Row> = {}
  for (const t of defaultRegistry().ordered) {
    const aliasName = t.inFolder?.aliasSuffix
      ? `${t.inFolder.aliasSuffix.charAt(0).toUpperCase()}${t.inFolder.aliasSuffix.slice(1)}`
      : undefined
    out[t.name] = defined({
      directoryName: t.directoryName,
      suffix: t.suffix,
      legacySuffix: t.legacySuffix,
      strict: t.strict,
      behaviour: ourBehaviour(t),
      folder: t.inFolder
        ? defined({
            type: t.inFolder.folderType,
            suffix: t.inFolder.folderSuffix,
            alias: aliasName,
            aliasSuffix: t.inFolder.aliasSuffix
          })
        : undefined,
      folderType: t.folderType,
      metaFileName: t.metaFileName,
      children:
        t.children.length === 0
          ? undefined
          : t.children.map((c) =>
              defined({
                name: c.name,
                directoryName: c.directoryName,
                suffix: c.suffix,
                legacySuffix: c.legacySuffix,
                xmlElementName: c.tag === c.directoryName && !c.listedInFile ? undefined : c.tag,
                uniqueIdElement:
                  c.listedInFile || c.uniqueIdElement !== 'fullName'
                    ? c.uniqueIdElement
                    : undefined,
                ignoreParentName: c.ignoreParentName ? (true as const) : undefined,
                isAddressable: c.addressable ? undefined : (false as const),
                unaddressableWithoutParent: c.unaddressableWithoutParent
                  ? (true as const)
                  : undefined,
                metaFileSuffix: c.metaFileName
              })
            ),
      childSuffixes:
        t.children.length === 0
          ? undefined
          : Object.fromEntries([...t.childSuffixes].map(([s, c]) => [s, c.name]))
    })
  }
  return out
}

describe('registry against the reference registry snapshot', () => {
  it('has every type of the reference, with the same facts and strategy', () => {
    expect(ourRows()).toEqual(referenceRows(snapshot))
  })

  it('keeps the reference order of types and of strict folders', () => {
    const registry = defaultRegistry()
    expect(registry.ordered.map((t) => t.name)).toEqual(
      snapshot.types.filter((t) => t.folderContentType === undefined).map((t) => t.name)
    )
    expect(registry.strictFolders.map(([dir, t]) => [dir, t.name])).toEqual(
      snapshot.strictDirectoryNames
    )
  })

  it('indexes suffixes as the reference does (types, children and folder types)', () => {
    const registry = defaultRegistry()
    const ours: Record<string, string> = {}
    for (const [s, t] of registry.bySuffix) ours[s] = t.name
    for (const [s, c] of registry.childBySuffix) ours[s] = c.name
    for (const [s, t] of registry.folderBySuffix) ours[s] = t.inFolder?.folderType ?? ''
    expect(ours).toEqual(snapshot.suffixes)
  })

  it('covers the types the issue reports missing (AiEvaluationDefinition, Territory2, UIBundle)', () => {
    const registry = defaultRegistry()
    expect(registry.types.get('AiEvaluationDefinition')?.directoryName).toBe(
      'aiEvaluationDefinitions'
    )
    expect(registry.types.get('Territory2')?.folderType).toBe('Territory2Model')
    expect(registry.types.get('UIBundle')?.validation).toBe('uiBundle')
    expect(registry.types.size).toBeGreaterThan(500)
  })
})
