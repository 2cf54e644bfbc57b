import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createUndiciTransport } from '../http/undici-transport.ts'
import { run, type RunDeps } from '../action/main.ts'
import { abortPushRequest } from '../push-upgrade/abort-push.ts'
import { createPushClient } from '../push-upgrade/push-client.ts'
import { connectForRun, type ConnectIo } from '../runner/connect.ts'
import { createSalesforceRest } from '../salesforce-rest/rest-client.ts'
import { STATE } from '../runner/state.ts'
import { parseInputs } from '../action/parse-settings.ts'
import { packageProblems } from '../action/package-problems.ts'
import { readInputs } from '../action/read-inputs.ts'
import type { Settings } from '../settings/settings.ts'
import type { RunEnv } from '../shared/env.ts'
import { systemClock } from '../shared/clock.ts'
import { MemoryLogger } from '../shared/logger.ts'
import { ApiError, describeError, InputError } from '../shared/errors.ts'
import { abortCompile } from '../tooling/abort-compile.ts'
import { createContainerClient } from '../tooling/container-client.ts'
import type { ToolingApi } from '../tooling/tooling-api.ts'
import { ACTION_INPUTS } from './action-inputs.ts'
import { compileStopLine, type RequestAfter } from './compile-stop.ts'
import { exitCodeFor } from './exit-code.ts'
import type { CompileIds, DeployState } from './interrupt.ts'
import { parseOutputsFile } from './outputs-file.ts'
import { translateLine, type TerminalLine } from './terminal-lines.ts'
import type { EngineResult } from './terminal-summary.ts'

/** How one engine run is set up: the inputs, the folder paths resolve against, and its ports. */
export interface EngineRequest {
  mode: string
  inputs: Record<string, string>
  /** The project root: relative paths (project-dir, results-dir) resolve against it. */
  workspace: string
  deps?: Partial<RunDeps>
  /** Each line the engine prints, translated for a terminal. */
  onLine(line: TerminalLine): void
  /** Told once the run has started, with what an interrupt needs while it runs. */
  onStarted?(control: EngineControl): void
}

/** What an interrupt can do while the engine runs. */
export interface EngineControl {
  /** The deploy the run started, read from the state file run() keeps for its post step. */
  state(): DeployState
  /** Cancels a deploy in the org with the run's settings, as the post step does. */
  cancel(deployId: string): Promise<string>
  /** Aborts a push request that has not started, as the post step does. */
  abortPush(requestId: string): Promise<string>
  /**
   * Tells the run to stop (no further member, request, retry or fallback deploy), then aborts
   * the compile's request and deletes its container, as the post step does.
   */
  stopCompile(ids: CompileIds): Promise<string>
}

/**
 * Runs the action's run() as a runner would: INPUT_* variables (action.yml defaults under the
 * given inputs) and output, summary and state files in a temp folder, which are read back.
 * The engine's stdout (workflow commands, masks included) is captured and translated, never
 * passed through. The process's environment and exit code are restored afterwards.
 */
export async function runEngine(request: EngineRequest): Promise<EngineResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sf-deploy-cli-'))
  const savedEnv = { ...process.env }
  const savedExitCode = process.exitCode
  const located: string[] = []
  const failures: string[] = []
  const restoreStdout = captureStdout((raw) => {
    const line = translateLine(raw)
    if (!line) return
    if (line.located) located.push(line.text)
    else if (line.level === 'error') failures.push(line.text.replace(/^error: /, ''))
    request.onLine(line)
  })
  try {
    const files = prepareEnv(dir, request)
    const checked = await checkInputs(
      request.workspace,
      (request.deps?.clock ?? systemClock).now(),
      request.deps?.env ?? { ...process.env }
    )
    if (typeof checked === 'string')
      return { mode: request.mode, outputs: {}, located, failure: checked, exitCode: 2 }
    // The CLI decides what a Ctrl-C stops, so the run hears of it from the CLI, not the signal.
    const jobCancel = cancelSwitch()
    const deps: Partial<RunDeps> = { onJobCancel: jobCancel.listen, ...request.deps }
    request.onStarted?.(engineControl(files.state, checked, deps, jobCancel.fire))
    process.exitCode = undefined
    await run(deps)
    const failed = process.exitCode === 1
    const outputs = parseOutputsFile(readFileSync(files.output, 'utf8'))
    const resultJson = readResultJson(outputs['summary-json-path'], request.workspace)
    const failure = failures.at(-1)
    const summary = readFileSync(files.summary, 'utf8')
    return {
      mode: request.mode,
      outputs,
      located,
      ...(resultJson ? { resultJson } : {}),
      ...(summary.trim() ? { summary } : {}),
      ...(failed && failure ? { failure } : {}),
      exitCode: exitCodeFor({ inputError: false, failed, outputs })
    }
  } finally {
    restoreStdout()
    restoreEnv(savedEnv)
    process.exitCode = savedExitCode
    rmSync(dir, { recursive: true, force: true })
  }
}

function prepareEnv(
  dir: string,
  request: EngineRequest
): { output: string; state: string; summary: string } {
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_STATE: path.join(dir, 'state')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('STATE_')) delete process.env[key]
  const values: Record<string, string> = { ...request.inputs, mode: request.mode }
  for (const input of ACTION_INPUTS) {
    // The runner fills expression defaults (`${{ github.token }}`); a terminal has none.
    const fallback = input.default.startsWith('${{') ? '' : input.default
    process.env[`INPUT_${input.name.toUpperCase()}`] = values[input.name] ?? fallback
  }
  Object.assign(process.env, files, { GITHUB_WORKSPACE: request.workspace })
  return {
    output: files.GITHUB_OUTPUT,
    state: files.GITHUB_STATE,
    summary: files.GITHUB_STEP_SUMMARY
  }
}

/**
 * Parses the inputs as run() will, so bad input is told apart from an org failure; returns the
 * settings, or the input problem.
 */
async function checkInputs(
  workspace: string,
  now: number,
  env: RunEnv
): Promise<Settings | string> {
  try {
    const parsed = parseInputs(readInputs(workspace, now))
    if (!('problems' in parsed)) return parsed.settings
    return new InputError(parsed.problems, await packageProblems(parsed.parts, env)).message
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
}

function readResultJson(
  file: string | undefined,
  workspace: string
): Record<string, unknown> | undefined {
  if (!file) return undefined
  try {
    return JSON.parse(readFileSync(path.resolve(workspace, file), 'utf8')) as Record<
      string,
      unknown
    >
  } catch {
    return undefined
  }
}

function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
}

/** Routes process.stdout through `onLine`, line by line, until the returned function is called. */
function captureStdout(onLine: (line: string) => void): () => void {
  const original = process.stdout.write
  let pending = ''
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const lines = pending.split(/\r?\n/)
    pending = lines.pop() ?? ''
    for (const line of lines) onLine(line)
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
    done?.()
    return true
  }) as typeof process.stdout.write
  return () => {
    if (pending) onLine(pending)
    process.stdout.write = original
  }
}

/** The run's job-cancel port, fired by the CLI; a listener added after the fire hears it at once. */
function cancelSwitch(): { listen: RunDeps['onJobCancel']; fire: () => void } {
  const listeners = new Set<() => void>()
  let fired = false
  return {
    listen(listener) {
      listeners.add(listener)
      if (fired) listener()
      return () => listeners.delete(listener)
    },
    fire() {
      fired = true
      for (const listener of [...listeners]) listener()
    }
  }
}

/** Reads the state file run() keeps for its post step. */
function readState(stateFile: string, settings: Settings): DeployState {
  try {
    const state = parseOutputsFile(readFileSync(stateFile, 'utf8'))
    const deployId = state[STATE.deployId]
    const pushRequestId = state[STATE.pushRequestId]
    // Cleared (empty) once the container is gone and a fallback deploy takes over.
    const containerId = state[STATE.compileContainerId]
    const requestId = state[STATE.compileRequestId]
    const checkOnly = settings.mode === 'compile' && settings.compile.checkOnly
    return {
      ...(deployId ? { deployId } : {}),
      ...(pushRequestId ? { pushRequestId } : {}),
      ...(containerId
        ? { compile: { containerId, ...(requestId ? { requestId } : {}), checkOnly } }
        : {}),
      finished: state[STATE.finished] === 'true'
    }
  } catch {
    // The run ended and its temp folder is gone: nothing is left running.
    return { finished: true }
  }
}

function engineControl(
  stateFile: string,
  settings: Settings,
  deps: Partial<RunDeps>,
  stopRun: () => void
): EngineControl {
  return {
    state: () => readState(stateFile, settings),
    async cancel(deployId) {
      const io = cancelIo(deps)
      try {
        const session = await connectForRun(settings, io, settings.api)
        const result = await session.api.cancelDeploy(deployId)
        return `Cancelled deploy ${deployId} in the org (${result.done ? 'canceled' : 'canceling'}).`
      } catch (error) {
        if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code))
          return `Deploy ${deployId} had already finished; nothing to cancel.`
        throw error
      }
    },
    async abortPush(requestId) {
      const session = await connectForRun(settings, cancelIo(deps), 'rest')
      const client = createPushClient(createSalesforceRest(session.caller, session.apiVersion))
      const result = await abortPushRequest(client, requestId)
      return result.aborted
        ? `Aborted push request ${requestId} in the org before it started.`
        : `Push request ${requestId} was not aborted: it is ${result.status} (${result.reason}).`
    },
    async stopCompile(ids) {
      stopRun()
      const session = await connectForRun(settings, cancelIo(deps), settings.api)
      const tooling = createContainerClient(
        createSalesforceRest(session.caller, session.apiVersion)
      )
      // A request the run submitted since the interrupt read the state is aborted too.
      const current = readState(stateFile, settings).compile ?? ids
      const cleanup = await abortCompile(current, tooling, new MemoryLogger())
      const after = current.requestId ? await readAfter(tooling, current.requestId) : undefined
      return compileStopLine(current, cleanup, after)
    }
  }
}

/** The request once more after the abort: that, not the abort's answer, says what happened. */
async function readAfter(tooling: ToolingApi, id: string): Promise<RequestAfter> {
  try {
    return await tooling.readRequest(id)
  } catch (error) {
    return { readError: describeError(error) }
  }
}

function cancelIo(deps: Partial<RunDeps>): ConnectIo {
  return {
    http: deps.http ?? createUndiciTransport(CANCEL_TIMEOUT_MS),
    clock: deps.clock ?? systemClock,
    logger: new MemoryLogger()
  }
}

// Someone waiting at Ctrl-C: a slow org must not hold the terminal.
const CANCEL_TIMEOUT_MS = 30_000
