/**
 * The real artifact code paths against the simulator: @actions/artifact's upload (runtime token
 * parsing, Twirp CreateArtifact/FinalizeArtifact, the Azure block-blob upload) through the
 * action's own adapters, and the REST list + zip download through Octokit from a later run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  type SimRun,
  startGitHubSimulator
} from '../../github-simulator/index.ts'
import { createArtifactUploader } from '../../src/action/github/artifact-uploader.ts'
import { createOctokit } from '../../src/action/github/octokit.ts'
import {
  createArtifactRecordUploader,
  createRestRecordFinder
} from '../../src/validation-record/artifact-store.ts'
import { RECORD_FILE, type ValidationRecord } from '../../src/validation-record/record.ts'
import { inRun } from './support.ts'

const RECORD: ValidationRecord = {
  validationId: '0Af5g00000ABCDEFGH',
  orgId: '00D5g0000000SIMEAQ',
  instanceUrl: 'https://example.my.salesforce.com',
  apiVersion: '66.0',
  testLevel: 'RunLocalTests',
  runTests: [],
  testsRun: 3,
  status: 'Succeeded',
  contentHash: 'a'.repeat(64),
  commitSha: 'b'.repeat(40),
  validatedAt: '2026-01-01T00:00:00.000Z'
}
const NAME = 'sf-validation-00D5g0000000SIMEAQ-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'

let gh: GitHubSimulator
beforeEach(async () => {
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await gh.close()
})

const upload = (run: SimRun, name = NAME): Promise<{ id?: number }> =>
  inRun(run, () => createArtifactRecordUploader(createArtifactUploader).upload(name, RECORD))

const find = (
  run: SimRun,
  name = NAME
): ReturnType<ReturnType<typeof createRestRecordFinder>['find']> =>
  inRun(run, () =>
    createRestRecordFinder({
      token: run.token,
      repository: 'acme/app',
      octokit: async (token) => createOctokit(token)
    }).find(name)
  )

describe('upload with @actions/artifact', () => {
  it('creates, uploads the zip as blocks and finalizes; the artifact holds the record', async () => {
    const run = gh.startRun()
    const result = await upload(run)
    const [artifact] = gh.artifacts()
    expect(result.id).toBe(artifact?.id)
    expect(artifact).toMatchObject({ name: NAME, runId: run.id, finalized: true })
    expect(artifact?.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const files = await artifact?.files()
    expect(JSON.parse(files?.get(RECORD_FILE) ?? '{}')).toMatchObject({
      validationId: RECORD.validationId,
      contentHash: RECORD.contentHash
    })
    const operations = gh.requests.map((r) => `${r.surface}:${r.operation}`)
    expect(operations).toEqual([
      'results:CreateArtifact',
      'blob:putBlock',
      'blob:putBlockList',
      'results:FinalizeArtifact'
    ])
    // The runtime token goes to the results service only; storage is reached by its signed URL.
    expect(gh.requests.filter((r) => r.surface === 'blob').every((r) => !r.authorized)).toBe(true)
    expect(gh.requests.filter((r) => r.surface === 'results').every((r) => r.authorized)).toBe(true)
  })

  it('refuses a second artifact of the same name in one run (409), not in another run', async () => {
    const first = gh.startRun()
    await upload(first)
    await expect(upload(first)).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'
    )
    await upload(gh.startRun())
    expect(gh.artifacts().map((a) => a.runId)).toHaveLength(2)
  })

  it('reports a full storage quota the way the client words it', async () => {
    gh.setStorageQuota(0)
    await expect(upload(gh.startRun())).rejects.toThrow('Artifact storage quota has been hit')
    expect(gh.artifacts()).toEqual([])
  })

  it("refuses a runtime token the simulator did not sign, and ids that are not the token's", async () => {
    const run = gh.startRun()
    const [header, payload] = run.runtimeToken.split('.')
    const forged = {
      ...run,
      env: { ...run.env, ACTIONS_RUNTIME_TOKEN: `${header}.${payload}.AAAA` }
    }
    await expect(upload(forged)).rejects.toThrow('(401) Unauthorized: invalid token signature')
    const other = gh.startRun()
    const [, otherPayload] = other.runtimeToken.split('.')
    const scp = (
      JSON.parse(Buffer.from(otherPayload ?? '', 'base64url').toString()) as { scp: string }
    ).scp
    const [, runId, jobId] =
      scp
        .split(' ')
        .find((s) => s.startsWith('Actions.Results:'))
        ?.split(':') ?? []
    const response = await fetch(
      `${gh.resultsUrl}twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${run.runtimeToken}`
        },
        body: JSON.stringify({
          workflow_run_backend_id: runId,
          workflow_job_run_backend_id: jobId,
          name: 'x',
          version: 7
        })
      }
    )
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      code: 'permission_denied',
      msg: 'the backend ids do not match the runtime token'
    })
    expect(gh.artifacts()).toEqual([])
  })

  it('stops accepting the runtime token once the job has finished', async () => {
    const run = gh.startRun()
    run.complete()
    await expect(upload(run)).rejects.toThrow('(401) Unauthorized: the job has finished')
  })

  it('uploads report files under their relative paths, listed and downloaded by the same job', async () => {
    const run = gh.startRun()
    const root = mkdtempSync(path.join(tmpdir(), 'gh-sim-files-'))
    writeFileSync(path.join(root, 'summary.md'), '# Deploy succeeded\n')
    const junit = path.join(root, 'junit.xml')
    writeFileSync(junit, '<testsuites/>\n')
    const { id } = await inRun(run, () =>
      createArtifactUploader().upload('reports', [path.join(root, 'summary.md'), junit], root)
    )
    expect([...((await gh.artifacts()[0]?.files()) ?? new Map()).keys()].sort()).toEqual([
      'junit.xml',
      'summary.md'
    ])
    // The client's own list and download (ListArtifacts, GetSignedArtifactURL, blob GET).
    const client = new DefaultArtifactClient()
    const listed = await inRun(run, () => client.listArtifacts())
    expect(listed.artifacts).toMatchObject([{ id, name: 'reports' }])
    const target = mkdtempSync(path.join(tmpdir(), 'gh-sim-dl-'))
    const downloaded = await inRun(run, () =>
      client.downloadArtifact(id ?? 0, { path: target, expectedHash: gh.artifacts()[0]?.digest })
    )
    expect(downloaded.digestMismatch).toBe(false)
    expect(readFileSync(path.join(target, 'summary.md'), 'utf8')).toBe('# Deploy succeeded\n')
  })
})

describe('find and download from a later run (REST)', () => {
  it("lists the repository's artifacts by name and downloads the zip through the 302", async () => {
    const validate = gh.startRun({ branch: 'main' })
    await upload(validate)
    validate.complete()
    const later = gh.startRun()
    const found = await find(later)
    expect(found).toHaveLength(1)
    expect(found[0]?.record).toMatchObject({ validationId: RECORD.validationId })
    expect(found[0]?.source).toMatchObject({ runId: validate.id, fromFork: false, expired: false })
    // The uploading run as GitHub tells it, which decides whether the record is trusted.
    expect(found[0]?.source.run).toMatchObject({
      event: 'push',
      branch: 'main',
      workflow: '.github/workflows/deploy.yml',
      headSha: validate.headSha
    })
    const rest = gh.requests.filter((r) => r.surface !== 'results' && r.at >= 0).slice(-4)
    expect(rest.map((r) => [r.surface, r.operation, r.status])).toEqual([
      ['api', 'listArtifactsForRepo', 200],
      ['api', 'downloadArtifact', 302],
      ['blob', 'getBlob', 200],
      ['api', 'getWorkflowRun', 200]
    ])
    // fetch drops the token when the redirect leaves the API's origin.
    expect(rest[2]?.authorized).toBe(false)
  })

  it('marks a record uploaded by a pull request from a fork, without downloading it', async () => {
    const fork = gh.startRun({ event: 'pull_request', fork: 'mallory/app' })
    await upload(fork)
    const found = await find(gh.startRun())
    expect(found[0]?.source).toMatchObject({ runId: fork.id, fromFork: true })
    expect(found[0]?.record).toBeUndefined()
    expect(gh.requests.some((r) => r.operation === 'downloadArtifact')).toBe(false)
  })

  it('lists an artifact past its retention as expired, and refuses its download with 410', async () => {
    await upload(gh.startRun())
    gh.advance(91 * 86_400_000)
    const later = gh.startRun()
    const found = await find(later)
    expect(found[0]?.source.expired).toBe(true)
    const response = await inRun(later, () =>
      fetch(`${gh.apiUrl}/repos/acme/app/actions/artifacts/${found[0]?.source.artifactId}/zip`, {
        headers: { authorization: `token ${later.token}` },
        redirect: 'manual'
      })
    )
    expect(response.status).toBe(410)
  })

  it('explains a token without actions: read (403 on the list)', async () => {
    await upload(gh.startRun())
    const later = gh.startRun({ permissions: { actions: 'none' } })
    await expect(find(later)).rejects.toThrow(
      "Listing the repository's artifacts was refused (HTTP 403: Resource not accessible by integration"
    )
  })

  it('pages through more than 100 artifacts of one name (one per run), newest first', async () => {
    const runs: SimRun[] = []
    for (let i = 0; i < 105; i++) {
      const run = gh.startRun()
      runs.push(run)
      const now = gh.state.now()
      gh.state.artifacts.push({
        id: gh.state.nextArtifactId(),
        name: NAME,
        runId: run.id,
        jobBackendId: 'job',
        repositoryId: gh.repository.id,
        createdAt: now,
        updatedAt: now,
        expiresAt: now + 86_400_000,
        blobPath: `/none/${i}`,
        mimeType: 'application/zip',
        finalized: true,
        size: 0
      })
      gh.advance(1000)
    }
    const found = await find(gh.startRun())
    const lists = gh.requests.filter((r) => r.operation === 'listArtifactsForRepo')
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2'])
    // The newest ten are read; their (missing) blobs are reported per record, not thrown.
    expect(found.map((f) => f.source.runId)).toEqual(
      runs
        .slice(-10)
        .reverse()
        .map((r) => r.id)
    )
    expect(found[0]?.problem).toContain('could not be downloaded or read')
  })
})
