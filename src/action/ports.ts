import * as core from '@actions/core'
import { randomInt } from 'node:crypto'
import { createUndiciTransport } from '../http/undici-transport.ts'
import type { RunDeps } from '../runner/run-deps.ts'
import { STATE } from '../runner/state.ts'
import { systemClock } from '../shared/clock.ts'
import { createArtifactRecordUploader } from '../validation-record/artifact-store.ts'
import { coreLogger } from './core-logger.ts'
import { createArtifactUploader } from './github/artifact-uploader.ts'
import { createFileAttester } from './github/attestation.ts'

/** The real ports of a run: the runner's log, state, signals and environment, HTTP, GitHub. */
export function defaultDeps(env: NodeJS.ProcessEnv = process.env): RunDeps {
  return {
    clock: systemClock,
    http: createUndiciTransport(),
    random: () => randomInt(0, 1_000_000) / 1_000_000,
    logger: coreLogger,
    // A snapshot: the run reads the environment it started with, in one place.
    env: { ...env },
    state: { save: (key, value) => core.saveState(key, value) },
    onJobCancel: (listener) => onJobCancel(listener),
    // Loaded on first use: @actions/github and Octokit need not be parsed before the first request.
    octokit: async (token) => (await import('./github/octokit.ts')).createOctokit(token, env),
    recordUploader: createArtifactRecordUploader(
      createArtifactUploader,
      env.RUNNER_TEMP || undefined
    ),
    artifactUploader: createArtifactUploader,
    attester: (token) => createFileAttester(token, env)
  }
}

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/** Calls `listener` on the runner's cancellation signals until the returned function is called. */
function onJobCancel(listener: () => void): () => void {
  for (const signal of CANCEL_SIGNALS) process.once(signal, listener)
  return () => {
    for (const signal of CANCEL_SIGNALS) process.off(signal, listener)
  }
}

/**
 * Records a job cancellation (the runner sends SIGINT, then SIGTERM) in the state, so the post
 * step cancels the deploy only then; the signal is then re-raised with its default action.
 */
export function recordCancellationSignals(): void {
  for (const signal of CANCEL_SIGNALS) {
    process.once(signal, () => {
      core.saveState(STATE.jobCancelled, signal)
      process.kill(process.pid, signal)
    })
  }
}
