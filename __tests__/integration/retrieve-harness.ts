import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Simulator } from '../../simulator/index.ts'
import type { RunDeps } from '../../src/runner/run-deps.ts'
import { fakeUploader, type RecordedUpload } from '../retrieve/fake-uploader.ts'
import { runAction, type ActionRun } from './harness.ts'

/** What one run left behind, with the artifacts it uploaded. */
export type RunWithUploads = ActionRun & { uploads: RecordedUpload[] }

/** A run of the action with a fake artifact uploader, whose uploads are returned too. */
export async function runWithUploads(
  sim: Simulator,
  inputs: Record<string, string>,
  workspace: string,
  deps: Partial<RunDeps> = {}
): Promise<RunWithUploads> {
  const uploader = fakeUploader()
  const run = await runAction(
    sim,
    { 'upload-artifact': 'true', ...inputs },
    { workspace, deps: { artifactUploader: uploader.factory, ...deps } }
  )
  return { ...run, uploads: uploader.uploads }
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
