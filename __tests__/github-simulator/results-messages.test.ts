/**
 * The results service's messages checked against @actions/artifact's own generated protobuf
 * types: the simulator accepts exactly the request fields the client defines, and every answer
 * it gives parses with the client's types when unknown fields are errors.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CreateArtifactRequest,
  CreateArtifactResponse,
  DeleteArtifactRequest,
  DeleteArtifactResponse,
  FinalizeArtifactRequest,
  FinalizeArtifactResponse,
  GetSignedArtifactURLRequest,
  GetSignedArtifactURLResponse,
  ListArtifactsRequest,
  ListArtifactsResponse
} from '../../node_modules/@actions/artifact/lib/generated/index.js'
import { type GitHubSimulator, startGitHubSimulator } from '../../github-simulator/index.ts'
import { REQUEST_FIELDS } from '../../github-simulator/results/messages.ts'
import { SERVICE } from '../../github-simulator/results/twirp-routes.ts'

let gh: GitHubSimulator
beforeEach(async () => {
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await gh.close()
})

const REQUESTS = {
  CreateArtifact: CreateArtifactRequest,
  FinalizeArtifact: FinalizeArtifactRequest,
  ListArtifacts: ListArtifactsRequest,
  GetSignedArtifactURL: GetSignedArtifactURLRequest,
  DeleteArtifact: DeleteArtifactRequest
}

describe('results service messages', () => {
  it('accept the request fields the client defines, and only those', () => {
    for (const [method, type] of Object.entries(REQUESTS))
      expect([...(REQUEST_FIELDS[method] ?? [])].sort(), method).toEqual(
        type.fields.map((f) => f.name).sort()
      )
  })

  it('answer in shapes the client parses strictly, through a whole upload and delete', async () => {
    const run = gh.startRun()
    const [, payload] = run.runtimeToken.split('.')
    const { scp } = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as {
      scp: string
    }
    const [, runId = '', jobId = ''] =
      scp
        .split(' ')
        .find((s) => s.startsWith('Actions.Results:'))
        ?.split(':') ?? []
    const ids = { workflow_run_backend_id: runId, workflow_job_run_backend_id: jobId }
    const call = async (method: string, body: object): Promise<unknown> => {
      const response = await fetch(`${gh.resultsUrl}twirp/${SERVICE}/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${run.runtimeToken}`
        },
        body: JSON.stringify(body)
      })
      expect(response.status, method).toBe(200)
      return response.json()
    }
    const strict = { ignoreUnknownFields: false }
    const created = CreateArtifactResponse.fromJson(
      (await call('CreateArtifact', {
        ...ids,
        name: 'a',
        version: 7,
        mime_type: 'application/zip'
      })) as never,
      strict
    )
    expect(created.ok).toBe(true)
    const content = Buffer.from('PK fake zip')
    const put = await fetch(created.signedUploadUrl, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/zip' },
      body: content
    })
    expect(put.status).toBe(201)
    const finalized = FinalizeArtifactResponse.fromJson(
      (await call('FinalizeArtifact', {
        ...ids,
        name: 'a',
        size: String(content.length)
      })) as never,
      strict
    )
    expect(Number(finalized.artifactId)).toBe(gh.artifacts()[0]?.id)
    const listed = ListArtifactsResponse.fromJson(
      (await call('ListArtifacts', { ...ids, name_filter: 'a' })) as never,
      strict
    )
    expect(listed.artifacts.map((a) => [a.name, a.size, a.databaseId])).toEqual([
      ['a', String(content.length), finalized.artifactId]
    ])
    const signed = GetSignedArtifactURLResponse.fromJson(
      (await call('GetSignedArtifactURL', { ...ids, name: 'a' })) as never,
      strict
    )
    expect(Buffer.from(await (await fetch(signed.signedUrl)).arrayBuffer())).toEqual(content)
    const deleted = DeleteArtifactResponse.fromJson(
      (await call('DeleteArtifact', { ...ids, name: 'a' })) as never,
      strict
    )
    expect(deleted.ok).toBe(true)
    expect(gh.artifacts()).toEqual([])
  })

  it('refuses an unknown field as malformed, and a signed URL that was tampered with', async () => {
    const run = gh.startRun()
    const response = await fetch(`${gh.resultsUrl}twirp/${SERVICE}/CreateArtifact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${run.runtimeToken}` },
      body: JSON.stringify({ workflowRunBackendId: 'camelCase is not the wire name' })
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 'malformed' })
    const url = new URL(
      `${gh.blobUrl}/simresults/actions-results/x.zip?sp=r&st=2020-01-01T00:00:00Z&se=2999-01-01T00:00:00Z&sig=forged`
    )
    const blob = await fetch(url)
    expect(blob.status).toBe(403)
    expect(blob.headers.get('x-ms-error-code')).toBe('AuthenticationFailed')
  })
})
