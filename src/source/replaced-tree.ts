/**
 * A source tree whose reads have the project's `sfdx-project.json` string replacements applied,
 * for the paths that do not go through the package builder (compile mode saves Apex through the
 * Tooling API straight from the workspace): what reaches the org is then what a deploy of the
 * same files would send. Problems with the replacements (an unset environment variable, a file
 * outside the project) are thrown together before anything is read for the org.
 */
import { BuildError } from './build-error.ts'
import { readProjectConfig } from './project.ts'
import { activateReplacements, applyReplacements, type ReplacementStats } from './replacements.ts'
import { joinTreePath, normalizeTreePath, type SourceTree } from './source-tree.ts'
import { decodeUtf8 } from './xml.ts'

const PROJECT_FILE = 'sfdx-project.json'

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
  const readText = async (p: string): Promise<string | undefined> => {
    const path = joinTreePath(dir, p)
    return (await tree.exists(path)) ? decodeUtf8(await tree.readFile(path)) : undefined
  }
  const active = await activateReplacements(config.replacements, env, readText, file, problems)
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
