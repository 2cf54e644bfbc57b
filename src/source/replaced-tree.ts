/**
 * A source tree whose reads have the project's `sfdx-project.json` string replacements applied,
 * for the paths that do not go through the package builder (compile mode saves Apex through the
 * Tooling API straight from the workspace): what reaches the org is then what a deploy of the
 * same files would send. Problems with the replacements (an unset environment variable, a file
 * outside the project) are thrown together before anything is read for the org.
 */
import { BuildError } from './build-error.ts'
import { activateProjectReplacements, PROJECT_FILE, readProjectConfig } from './project.ts'
import { applyReplacements, type ReplacementStats } from './replacements.ts'
import { joinTreePath, normalizeTreePath, type SourceTree } from './source-tree.ts'
import { decodeUtf8 } from './xml.ts'

/** `tree` with replacements on reads below `projectDir`; `tree` itself when the project has none. */
export async function replacedTree(
  tree: SourceTree,
  projectDir: string,
  env: Record<string, string | undefined>
): Promise<SourceTree> {
  const dir = normalizeTreePath(projectDir) ?? ''
  const file = joinTreePath(dir, PROJECT_FILE)
  if (!(await tree.exists(file))) return tree
  const config = readProjectConfig(decodeUtf8(await tree.readFile(file)), file)
  if (config.replacements.length === 0) return tree
  const problems: string[] = []
  const active = await activateProjectReplacements(tree, dir, config.replacements, env, problems)
  if (problems.length > 0) throw new BuildError(problems)
  const prefix = dir === '' ? '' : `${dir}/`
  const stats = new Map<number, ReplacementStats>()
  return {
    listFiles: (d) => tree.listFiles(d),
    exists: (p) => tree.exists(p),
    readFile: async (p) => {
      const bytes = await tree.readFile(p)
      return p.startsWith(prefix)
        ? applyReplacements(p.slice(prefix.length), bytes, active, stats)
        : bytes
    }
  }
}
