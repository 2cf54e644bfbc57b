import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, type ActionRun } from '../integration/harness.ts'
import type { RunDeps } from '../../src/action/main.ts'
import { unzipEntries } from '../../src/source/zip.ts'

/**
 * Declares one named reliability scenario. docs/reliability.md lists every id, title and file; a
 * test keeps the two in step, so the id and title must be string literals here.
 */
export function scenario(
  id: string,
  title: string,
  body: () => Promise<void>,
  timeoutMs = 30_000
): void {
  it(`${id} ${title}`, body, timeoutMs)
}

// Shapes of Salesforce secrets: classic access tokens, refresh tokens, PEM keys, auth URLs.
const SECRET_SHAPES = [
  /00D[A-Za-z0-9]{12}!AQ[A-Za-z0-9._]{20,}/,
  /5Aep861[A-Za-z0-9._]{20,}/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /force:\/\/[^\s:<]+:[^\s:<]*:[^\s@<]+@/
]

/** Every place a run could leak a secret to: log, summary, outputs, state and files in the workspace. */
function surfaces(run: ActionRun): { where: string; text: string }[] {
  const log = run.log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const out = [
    { where: 'log', text: log },
    { where: 'summary', text: run.summary },
    { where: 'outputs', text: JSON.stringify(run.outputs) },
    { where: 'state', text: JSON.stringify(run.env.state()) }
  ]
  for (const file of walk(run.env.workspace)) {
    const bytes = readFileSync(file)
    out.push({ where: file, text: bytes.toString('latin1') })
    // A zip's entries are compressed: read each one (the deploy package, retrieve and rollback zips).
    if (file.endsWith('.zip')) out.push(...zipSurfaces(file, bytes))
  }
  return out
}

/** Each entry of a zip the run wrote; none for a zip a scenario planted that cannot be read safely. */
function zipSurfaces(file: string, bytes: Buffer): { where: string; text: string }[] {
  let entries: Map<string, Uint8Array>
  try {
    entries = unzipEntries(new Uint8Array(bytes), file)
  } catch {
    return []
  }
  return [...entries].map(([name, entry]) => ({
    where: `${file}!${name}`,
    text: Buffer.from(entry).toString('latin1')
  }))
}

function walk(dir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    // Links are not followed: a scenario may plant one pointing out of the workspace.
    const stat = lstatSync(full)
    if (stat.isDirectory()) files.push(...walk(full))
    else if (stat.isFile() && stat.size < 50_000_000) files.push(full)
  }
  return files
}

/** Fails when a known secret, or anything shaped like one, appears outside ::add-mask:: lines. */
export function expectNoSecrets(run: ActionRun, sim: Simulator, extra: string[] = []): void {
  const known = [
    sim.accessToken,
    sim.refreshToken,
    sim.authUrl,
    ...privateKeyLines(sim.jwt.privateKeyPem),
    ...extra
  ].filter((s) => s.length > 8)
  for (const { where, text } of surfaces(run)) {
    for (const secret of known)
      expect(text.includes(secret), `a secret leaked into ${where}`).toBe(false)
    // Source files of the project may legitimately hold a key file given by path; skip those.
    if (where.endsWith('.pem') || where.endsWith('.key')) continue
    for (const shape of SECRET_SHAPES)
      expect(shape.test(text), `something shaped like ${shape} is in ${where}`).toBe(false)
  }
}

function privateKeyLines(pem: string): string[] {
  return pem.split('\n').filter((line) => line.length > 40 && !line.startsWith('-----'))
}

/** The invariants every scenario asserts (issue: reliability and security suite). */
export function expectInvariants(
  run: ActionRun,
  sim: Simulator,
  expected: { orgFailed: boolean; cause?: RegExp; fix?: RegExp; secrets?: string[] }
): void {
  if (expected.orgFailed) {
    expect(run.failed, 'the step must fail when the org reported failure').toBe(true)
    expect(run.outputs.success ?? 'false').not.toBe('true')
  }
  const started = run.newDeployIds.at(-1)
  if (started)
    expect(run.outputs['deploy-id'], 'once a deploy id exists it must be in the outputs').toBe(
      started
    )
  if (run.failed) {
    expect(run.failure, 'a failed step explains itself').toBeTruthy()
    if (expected.cause) expect(run.failure).toMatch(expected.cause)
    if (expected.fix) expect(run.failure).toMatch(expected.fix)
  }
  expectNoSecrets(run, sim, expected.secrets)
}

/**
 * Deploys the passing demo project with `inputs` and checks the invariants and that the deploy
 * succeeded: the shape of every scenario where the action must ride out a fault.
 */
export async function expectDeploySucceeds(
  sim: Simulator,
  inputs: Record<string, string>,
  options: { deps?: Partial<RunDeps> } = {}
): Promise<ActionRun> {
  const run = await runAction(sim, inputs, { workspace: passingProject(), ...options })
  expectInvariants(run, sim, { orgFailed: false })
  expect(run.outputs.status).toBe('Succeeded')
  return run
}
