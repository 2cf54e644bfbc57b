import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { run } from '../../src/main.ts'
import type { Simulator } from '../../simulator/index.ts'
import { workflowCommands } from '../support/workflow-commands.ts'
import { fakeUploader, type RecordedUpload } from '../retrieve/fake-uploader.ts'
import { setupActionEnv, type ActionEnv } from '../support/action-env.ts'
import { decodeCommand, simClock } from './harness.ts'

/** What one run left behind, with the artifacts it uploaded. */
export interface RunWithUploads {
  env: ActionEnv
  outputs: Record<string, string>
  summary: string
  commands: string[]
  failure?: string
  failed: boolean
  uploads: RecordedUpload[]
}

/** A run of the action with a fake artifact uploader, whose uploads are returned too. */
export async function runWithUploads(
  sim: Simulator,
  inputs: Record<string, string>,
  workspace: string
): Promise<RunWithUploads> {
  const uploader = fakeUploader()
  const env = setupActionEnv(
    { 'check-run': 'false', 'access-token': sim.accessToken, 'instance-url': sim.baseUrl, ...inputs },
    { workspace }
  )
  const before = workflowCommands.length
  await run({ clock: simClock(sim), artifactUploader: uploader.factory })
  const commands = workflowCommands.slice(before)
  const error = commands.filter((c) => c.startsWith('::error::')).at(-1)
  const result = {
    env,
    outputs: env.outputs(),
    summary: env.summary(),
    commands,
    failed: process.exitCode === 1,
    uploads: uploader.uploads,
    ...(error ? { failure: decodeCommand(error.slice('::error::'.length)) } : {})
  }
  env.restore()
  return result
}

/** Writes files (path → text) into a folder. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
}

/** The org's files as text, for before/after comparisons. */
export function orgSnapshot(sim: Simulator): Record<string, string> {
  return Object.fromEntries([...sim.org.files()].map(([p, b]) => [p, b.toString('utf8')]))
}
