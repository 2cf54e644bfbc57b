// Runs the reference converter (installed on demand into conformance/node_modules, never a
// dependency of the action) in a child process.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const conformanceDir = path.dirname(new URL(import.meta.url).pathname)
export const repoRoot = path.resolve(conformanceDir, '..')

/** Result of one reference run. */
export interface SdrRun {
  ms: number
  peakRss: number
  zipBytes?: number
}

/** Installs the reference converter if needed; a reason string when that is impossible. */
export async function ensureSdr(): Promise<string | undefined> {
  if (
    existsSync(path.join(conformanceDir, 'node_modules', '@salesforce', 'source-deploy-retrieve'))
  )
    return undefined
  try {
    await run(
      'npm',
      ['install', '--prefix', conformanceDir, '--no-audit', '--no-fund', '--loglevel=error'],
      { timeout: 300_000 }
    )
    return undefined
  } catch (error) {
    return `could not install @salesforce/source-deploy-retrieve (registry unreachable?): ${String(error).split('\n')[0] ?? ''}`
  }
}

/** Converts `project` with the reference into the folder `out` (or the zip file `out`). */
export async function runSdr(
  project: string,
  out: string,
  options: { zip?: boolean; env?: Record<string, string> } = {}
): Promise<SdrRun> {
  const { stdout } = await run(
    process.execPath,
    [path.join(conformanceDir, 'sdr-convert.mjs'), project, out],
    {
      env: { ...process.env, ...options.env, ...(options.zip === true ? { SDR_ZIP: '1' } : {}) },
      maxBuffer: 16 * 1024 * 1024
    }
  )
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as SdrRun
}

/** The fixture folder shared with the other repositories, if present. */
export function sharedDir(): string | undefined {
  const dir = path.resolve(repoRoot, '..', 'shared')
  return existsSync(dir) ? dir : undefined
}
