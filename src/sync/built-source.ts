/**
 * The delta's package files, read by the paths of the files they were built from. Sync saves
 * Apex through the Tooling API from these, not from the workspace: they come from the `delta-to`
 * commit with the project's string replacements applied, which is what a deploy of the same delta
 * would send. A class and its meta file are each built from one source file, so the source map
 * names the package file of each; anything else is read from `fallback`. Pure but for the reads.
 */
import type { BuiltPackage } from '../source/build-package.ts'
import type { SourceTree } from '../source/source-tree.ts'

export function builtSourceTree(
  built: Pick<BuiltPackage, 'files' | 'sourceMap'>,
  fallback: SourceTree
): SourceTree {
  const outputOf = new Map<string, string>()
  for (const [output, sources] of Object.entries(built.sourceMap.files)) {
    const only = sources.length === 1 ? sources[0] : undefined
    if (only !== undefined) outputOf.set(only, output)
  }
  const builtBytes = (path: string): Uint8Array | undefined => {
    const output = outputOf.get(path)
    return output === undefined ? undefined : built.files.get(output)
  }
  return {
    listFiles: (dir) => fallback.listFiles(dir),
    readFile: (path) => {
      const bytes = builtBytes(path)
      return bytes ? Promise.resolve(bytes) : fallback.readFile(path)
    },
    exists: (path) => (builtBytes(path) ? Promise.resolve(true) : fallback.exists(path))
  }
}
