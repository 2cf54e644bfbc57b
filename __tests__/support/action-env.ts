import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

/** The action.yml inputs and outputs, read the way the runner reads them. */
export interface ActionManifest {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
}

const ROOT = path.resolve(import.meta.dirname, '..', '..')

let cachedManifest: ActionManifest | undefined

/** action.yml, parsed once per test process (every simulated run and raw input set reads it). */
export function loadActionManifest(): ActionManifest {
  cachedManifest ??= parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionManifest
  return cachedManifest
}

/** A runner environment in a temp folder: INPUT_* with action.yml defaults, output/summary/state files. */
export interface ActionEnv {
  dir: string
  workspace: string
  outputs(): Record<string, string>
  /** Names of the outputs in the order they were written, repeats included. */
  outputWrites(): string[]
  summary(): string
  state(): Record<string, string>
  /** Makes the saved state visible to a post step, as the runner does (STATE_* variables). */
  exposeStateForPost(): void
  restore(): void
}

/**
 * Sets up the environment a runner gives an action: every input from action.yml with its default
 * (the runner fills defaults in; `${{ github.token }}` becomes empty here), overridden by `inputs`.
 */
export function setupActionEnv(
  inputs: Record<string, string>,
  options: { workspace?: string } = {}
): ActionEnv {
  const saved = { ...process.env }
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-env-'))
  const workspace = options.workspace ?? dir
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    state: path.join(dir, 'state')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('STATE_')) delete process.env[key]
  const manifest = loadActionManifest()
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const value = inputs[name] ?? (spec.default?.startsWith('${{') ? '' : (spec.default ?? ''))
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in manifest.inputs)) throw new Error(`test uses unknown input ${name}`)
  }
  Object.assign(process.env, {
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir
  })
  delete process.env.GITHUB_ACTIONS
  process.exitCode = undefined
  return {
    dir,
    workspace,
    outputs: () => readFileCommands(files.output),
    outputWrites: () => fileCommandNames(files.output),
    summary: () => (existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : ''),
    state: () => readFileCommands(files.state),
    exposeStateForPost() {
      for (const [k, v] of Object.entries(readFileCommands(files.state)))
        process.env[`STATE_${k}`] = v
    },
    restore() {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
      Object.assign(process.env, saved)
      process.exitCode = undefined
    }
  }
}

/** The names of the file-command records, in order, repeats included. */
export function fileCommandNames(file: string): string[] {
  const re = /^(.+?)<<(ghadelimiter_[^\n]+)\n[\s\S]*?\n\2$/gm
  return [...readFileSync(file, 'utf8').matchAll(re)].map((m) => m[1] ?? '')
}

/** Parses the `name<<delimiter\nvalue\ndelimiter` records @actions/core writes to file commands. */
export function readFileCommands(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8')
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? ''
  return out
}
