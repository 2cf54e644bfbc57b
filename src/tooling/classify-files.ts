/**
 * Decides what each changed file is, through the metadata type registry (suffix → type), so the
 * rules match the package builder's: `classes/Foo.cls` is ApexClass Foo, `Foo.cls-meta.xml`
 * alone is a metadata-only change, anything else is another type.
 */
import type { Registry } from '../source/registry/registry.ts'
import {
  MEMBER_TYPES,
  type ChangedFile,
  type ClassifiedFile,
  type MemberType
} from './compile-model.ts'

const META = '-meta.xml'

/** Classifies every file; pure. */
export function classifyFiles(files: ChangedFile[], registry: Registry): ClassifiedFile[] {
  return files.map((f) => classifyFile(f, registry))
}

function classifyFile(file: ChangedFile, registry: Registry): ClassifiedFile {
  const base = file.path.slice(file.path.lastIndexOf('/') + 1)
  const isMeta = base.endsWith(META)
  const stem = isMeta ? base.slice(0, -META.length) : base
  const dot = stem.lastIndexOf('.')
  const suffix = dot > 0 ? stem.slice(dot + 1) : ''
  const type = registry.bySuffix.get(suffix)?.name
  const member = MEMBER_TYPES.find((t): t is MemberType => t === type)
  const name = stem.slice(0, dot)
  if (file.change === 'deleted')
    return { kind: 'deleted', path: file.path, ...(member ? { type: member, name } : {}) }
  if (!member) return { kind: 'other', path: file.path }
  return { kind: isMeta ? 'meta-only' : 'member', path: file.path, type: member, name }
}

/** The `-meta.xml` partner of a source file. */
export function metaPathOf(path: string): string {
  return `${path}${META}`
}
