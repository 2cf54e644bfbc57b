import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildError } from '../source/build-error.ts'
import { buildPackage, type BuiltPackage } from '../source/build-package.ts'
import { FsSourceTree } from '../source/fs-source-tree.ts'
import { checkZipSize } from '../source/limits.ts'
import { readMetadataDir } from '../source/metadata-dir.ts'
import { zipPackage } from '../source/zip.ts'
import { buildDeltaForCli } from '../delta/cli-delta.ts'
import { parseCliArgs, USAGE, type BuildCommand } from './parse-args.ts'
import type { RunDeps } from '../action/main.ts'
import { credentialInputs, historyWarnings, LOCAL_DEFAULTS } from './credentials-env.ts'
import { isEngineMode, parseEngineArgs, type EngineCommand } from './engine-args.ts'
import { EXIT } from './exit-code.ts'
import { uncommittedWarning } from './uncommitted-changes.ts'
import { handleInterrupt } from './interrupt.ts'
import { paintLine, painter, terminalSafe, useColour } from './terminal-lines.ts'
import { createTerminalWriter, isProgressLine, redactedTerminal } from './terminal-writer.ts'
import {
  jsonDocument,
  markdownForTerminal,
  renderSummary,
  terminalJson
} from './terminal-summary.ts'

/** Where the CLI writes text; injected so tests can capture it. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  env: Record<string, string | undefined>
  /** Whether stdout is a terminal (colour unless NO_COLOR); false when not told. */
  isTty?: boolean
  /** The project root the engine resolves paths against (default: the current directory). */
  cwd?: string
  /** Ports for the engine (tests pass the simulator's clock). */
  engineDeps?: Partial<RunDeps>
  /** Raw stdout, for the updating progress line on a TTY. */
  write?: (chunk: string) => void
  /** Width of the terminal. */
  columns?: number
  /** Registers what Ctrl-C does while an engine mode runs; it resolves with the exit code. */
  onInterrupt?: (handler: () => Promise<number>) => void
  /** Asks a yes/no question on the terminal; absent without one. */
  ask?: (question: string) => Promise<boolean>
}

async function build(cmd: BuildCommand, env: CliIo['env'], io: CliIo): Promise<BuiltPackage> {
  if (cmd.deltaFrom !== undefined) return buildDeltaForCli(cmd, env, io.out)
  if (cmd.metadataDir !== undefined)
    return readMetadataDir(new FsSourceTree(path.resolve(cmd.metadataDir)), '')
  return buildPackage(new FsSourceTree(path.resolve(cmd.project)), {
    projectDir: '',
    sourceDirs: cmd.sourceDirs,
    ...(cmd.manifest === undefined ? {} : { manifest: cmd.manifest }),
    ...(cmd.preDestructive === undefined ? {} : { preDestructiveChanges: cmd.preDestructive }),
    ...(cmd.postDestructive === undefined ? {} : { postDestructiveChanges: cmd.postDestructive }),
    ...(cmd.apiVersion === undefined ? {} : { apiVersion: cmd.apiVersion }),
    ignoreUnknown: cmd.ignoreUnknown,
    env
  })
}

async function writeTree(dir: string, files: Map<string, Uint8Array>): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  for (const [rel, bytes] of files) {
    const target = path.join(dir, ...rel.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
}

/** Runs the CLI; returns the process exit code (0 ok or help, 1 build problems, 2 usage). */
export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  const io = redactedTerminal(terminal)
  if (isEngineMode(argv[0]) && !argv.includes('--help') && !argv.includes('-h'))
    return runEngineCommand(argv, io)
  return runBuildCommand(argv, terminal, plainText(io))
}

/**
 * The build command prints no colour, so every line it prints can be made safe whole: file
 * names and build problems come from the repository, and a name holding an escape sequence must
 * not drive the terminal.
 */
function plainText(io: CliIo): CliIo {
  return {
    ...io,
    out: (line) => io.out(terminalSafe(line)),
    err: (line) => io.err(terminalSafe(line))
  }
}

/** `build`: the package only, no org. */
async function runBuildCommand(argv: string[], terminal: CliIo, io: CliIo): Promise<number> {
  let cmd: BuildCommand
  try {
    const parsed = parseCliArgs(argv)
    if (parsed.command === 'help') {
      // The CLI's own text, not data: its force://clientId:clientSecret:refreshToken@host
      // placeholder is shaped like a credential and would be redacted.
      terminal.out(USAGE)
      return 0
    }
    cmd = parsed
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    return 2
  }
  try {
    const started = performance.now()
    if (cmd.deltaFrom !== undefined) {
      const warning = await uncommittedWarning(path.resolve(cmd.project), cmd.deltaTo)
      if (warning) io.err(warning)
    }
    const built = await build(cmd, io.env, io)
    for (const w of built.warnings) io.err(`warning: ${w}`)
    for (const n of built.notes ?? []) io.err(`note: ${n}`)
    if (cmd.out !== undefined) await writeTree(path.resolve(cmd.out), built.files)
    let zipInfo = ''
    if (cmd.zip !== undefined) {
      const zip = await zipPackage(built.files)
      const limits = checkZipSize(zip.length)
      for (const w of limits.warnings) io.err(`warning: ${w}`)
      for (const e of limits.errors) io.err(`warning: ${e}`)
      await mkdir(path.dirname(path.resolve(cmd.zip)), { recursive: true })
      await writeFile(path.resolve(cmd.zip), zip)
      zipInfo = `, zip ${zip.length} bytes`
    }
    const ms = Math.round(performance.now() - started)
    io.out(
      `Built ${built.components.length} members, ${built.files.size} files (API ${built.apiVersion})${zipInfo} in ${ms} ms.`
    )
    return 0
  } catch (error) {
    if (error instanceof BuildError) {
      io.err(error.message)
      return 1
    }
    throw error
  }
}

/** A delta is asked for: delta-from given and not `none` (the CLI has no pull request to default to). */
function usesDelta(inputs: Record<string, string>): boolean {
  const from = inputs['delta-from']?.trim()
  return from !== undefined && from !== '' && from !== 'none'
}

/** Runs one of the action's modes through its engine, printing for a terminal or as JSON. */
async function runEngineCommand(argv: string[], io: CliIo): Promise<number> {
  let cmd: EngineCommand
  try {
    cmd = parseEngineArgs(argv)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.err(message.includes('\n') ? `${message}\nSee --help.` : `${message} See --help.`)
    return EXIT.badInput
  }
  for (const warning of historyWarnings(cmd.inputs)) io.err(warning)
  const workspace = path.resolve(io.cwd ?? '.')
  if (usesDelta(cmd.inputs)) {
    const project = path.resolve(workspace, cmd.inputs['project-dir']?.trim() || '.')
    const warning = await uncommittedWarning(project, cmd.inputs['delta-to'])
    if (warning) io.err(terminalSafe(warning))
  }
  const paint = painter(useColour(io.env, io.isTty === true))
  // With --json, stdout holds the document only: progress goes to stderr, as plain lines.
  const updating = io.isTty === true && !cmd.json && io.write !== undefined
  const writer = createTerminalWriter({
    line: cmd.json ? io.err : io.out,
    ...(updating && io.write ? { write: io.write } : {}),
    ...(io.columns ? { columns: io.columns } : {})
  })
  let interrupted = false
  const { runEngine } = await import('./run-engine.ts')
  const result = await runEngine({
    mode: cmd.mode,
    inputs: { ...LOCAL_DEFAULTS, ...credentialInputs(io.env, cmd.inputs), ...cmd.inputs },
    workspace,
    ...(io.engineDeps ? { deps: io.engineDeps } : {}),
    onLine: (line) => {
      const text = paintLine(line, paint)
      if (line.level === 'info' && isProgressLine(line.text)) writer.progress(text)
      else writer.line(text)
    },
    onStarted: (control) =>
      io.onInterrupt?.(() => {
        interrupted = true
        writer.end()
        const ask = io.ask
        return handleInterrupt(
          {
            state: control.state,
            cancel: control.cancel,
            abortPush: control.abortPush,
            stopCompile: control.stopCompile,
            err: io.err,
            ...(ask ? { ask } : {})
          },
          cmd.cancelOnInterrupt
        )
      })
  })
  writer.end()
  if (cmd.json) io.out(terminalJson(jsonDocument(result)))
  else {
    // The plan is its job summary: what merging and deploying would do (docs/release-plan.md).
    if (cmd.mode === 'plan' && result.summary)
      for (const line of markdownForTerminal(result.summary)) io.out(line)
    for (const line of renderSummary(result, paint)) io.out(line)
  }
  return interrupted ? EXIT.interrupted : result.exitCode
}
