/**
 * The compile's files, checked before signing in: a run that cannot send them must fail with
 * every problem at once and without a call to the org. Each Apex component comes from one file
 * only, and each `-meta.xml` sent as a member's Metadata (or packaged by the fallback deploy) is
 * well-formed XML with one root element.
 */
import { ActionError } from '../shared/errors.ts'
import { BuildError } from '../source/build-error.ts'
import { defaultRegistry } from '../source/registry/registry.ts'
import type { SourceTree } from '../source/source-tree.ts'
import { decodeUtf8 } from '../source/xml.ts'
import { classifyFiles, metaPathOf } from './classify-files.ts'
import type { ChangedFile, ClassifiedFile } from './compile-model.ts'
import { memberMetadata } from './member-metadata.ts'

const META = '-meta.xml'

/** Throws an ActionError listing every problem; returns when the files can be sent. */
export async function checkCompileFiles(files: ChangedFile[], tree: SourceTree): Promise<void> {
  const classified = classifyFiles(files, defaultRegistry())
  const problems = [...sameComponentTwice(classified), ...(await metaProblems(classified, tree))]
  if (problems.length === 0) return
  throw new ActionError(
    `The files to compile cannot be sent (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map((p) => `  - ${p}`).join('\n')
  )
}

/**
 * One component named by two source files (the same class in two folders): the org holds one
 * body per name, and which file wins would be an accident of order. Apex names ignore case.
 */
function sameComponentTwice(files: ClassifiedFile[]): string[] {
  const sources = new Map<string, { label: string; paths: Set<string> }>()
  for (const f of files) {
    if (f.kind !== 'member' && f.kind !== 'meta-only') continue
    const key = `${f.type} ${f.name.toLowerCase()}`
    const source = f.kind === 'meta-only' ? f.path.slice(0, -META.length) : f.path
    const entry = sources.get(key) ?? { label: `${f.type} ${f.name}`, paths: new Set<string>() }
    sources.set(key, entry)
    entry.paths.add(source)
  }
  return [...sources.values()]
    .filter(({ paths }) => paths.size > 1)
    .map(
      ({ label, paths }) =>
        `${label} comes from ${[...paths].join(' and ')}; a component can be compiled from one file only: list one of them in compile-files, or remove the copy from the repository.`
    )
}

/** The `-meta.xml` of every member (and every listed `-meta.xml`) that exists, parsed. */
async function metaProblems(files: ClassifiedFile[], tree: SourceTree): Promise<string[]> {
  const metas = new Set<string>()
  for (const f of files) {
    if (f.kind === 'member') metas.add(metaPathOf(f.path))
    if (f.kind === 'meta-only') metas.add(f.path)
  }
  const problems: string[] = []
  for (const meta of metas) {
    if (!(await tree.exists(meta))) continue
    const text = decodeUtf8(await tree.readFile(meta))
    try {
      memberMetadata(text, meta)
    } catch (error) {
      if (!(error instanceof BuildError)) throw error
      problems.push(...error.problems)
    }
  }
  return problems
}
