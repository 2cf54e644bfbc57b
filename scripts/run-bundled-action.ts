// Runs the bundled action (dist/index.js) in a child process the way the runner does: INPUT_*
// variables with action.yml defaults, and file commands pointed at local files.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '..')

/** What a run of the bundled action left behind. */
export interface BundledRun {
  exitCode: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  state: Record<string, string>
}

/** Runs dist/<entry> with the inputs; `state` feeds a post step (STATE_* variables). */
export async function runBundledAction(
  inputs: Record<string, string>,
  options: {
    workspace: string
    entry?: 'index.js' | 'post.js'
    state?: Record<string, string>
    env?: Record<string, string>
  }
): Promise<BundledRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-run-'))
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    state: path.join(dir, 'state')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const manifest = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const fallback = spec.default?.startsWith('${{') ? '' : (spec.default ?? '')
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? fallback
  }
  for (const [key, value] of Object.entries(options.state ?? {})) env[`STATE_${key}`] = value
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', options.entry ?? 'index.js')], {
    env,
    cwd: options.workspace
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(code ?? 1))
  )
  return {
    exitCode,
    stdout,
    stderr,
    summary: readFileSync(files.summary, 'utf8'),
    outputs: readFileCommands(files.output),
    state: readFileCommands(files.state)
  }
}

function readFileCommands(file: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of readFileSync(file, 'utf8').matchAll(
    /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  )) {
    out[m[1] ?? ''] = m[3] ?? ''
  }
  return out
}
