import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseJson } from './project.ts'

/** The project's sourceApiVersion, or why there is none. */
export type ProjectApiVersion =
  { version: string; missing?: undefined } | { version?: undefined; missing: string }

/**
 * Reads only `sourceApiVersion` of `<projectDir>/sfdx-project.json`. Modes that send no package
 * (report, cancel, quick deploy by id) need the version alone, so a project the builder would
 * refuse for other reasons still gives it.
 */
export async function readProjectApiVersion(projectDir: string): Promise<ProjectApiVersion> {
  let text: string
  try {
    text = await readFile(path.join(projectDir, 'sfdx-project.json'), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      missing:
        code === 'ENOENT' || code === 'ENOTDIR'
          ? 'the workspace has no sfdx-project.json'
          : `sfdx-project.json could not be read (${code ?? String(error)})`
    }
  }
  let json: unknown
  try {
    json = parseJson(text, 'sfdx-project.json')
  } catch {
    return { missing: 'sfdx-project.json is not valid JSON' }
  }
  const version = (json as { sourceApiVersion?: unknown } | null)?.sourceApiVersion
  if (typeof version === 'string' && /^\d{2,3}\.0$/.test(version)) return { version }
  return { missing: 'sfdx-project.json sets no sourceApiVersion' }
}
