/**
 * The Actions results service's ArtifactService, as @actions/artifact calls it: Twirp over HTTP,
 * `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>` with a JSON body and the
 * runtime token as a bearer token. Errors are Twirp errors, `{"code", "msg"}` with the status the
 * Twirp v7 protocol gives the code (twitchtv.github.io/twirp/docs/spec_v7.html). The client retries
 * 429/500/502/503/504 and gives up at once on the others.
 *
 * Texts from @actions/toolkit's own tests (packages/artifact/__tests__/artifact-http-client.test.ts):
 * a second artifact with the same name in a run is 409 "an artifact with this name already exists
 * on the workflow run"; a full storage quota is 403 "insufficient usage to create artifact". The
 * other messages are the simulator's own.
 */
import { createHash } from 'node:crypto'
import type { GhRequest, GhResponse, Route } from '../core/route.ts'
import { json, readJson } from '../core/route.ts'
import { verifyRuntimeToken } from '../core/runtime-token.ts'
import type { GitHubState, StoredArtifact, WorkflowRun } from '../core/state.ts'
import { CONTAINER, STORAGE_ACCOUNT, signedUrl } from '../blob/sas.ts'
import type {
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
} from './messages.ts'
import { REQUEST_FIELDS } from './messages.ts'

export const SERVICE = 'github.actions.results.api.v1.ArtifactService'

const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503
}

/** A Twirp error; `status` overrides the usual mapping where GitHub's service differs. */
export function twirpError(code: string, msg: string, status?: number): GhResponse {
  return json(status ?? TWIRP_STATUS[code] ?? 500, { code, msg })
}

/** Default retention when the upload names none (GITHUB_RETENTION_DAYS defaults to 90). */
const DEFAULT_RETENTION_MS = 90 * 86_400_000
/** Upload URLs stay valid for the upload; an hour is the simulator's choice. */
const UPLOAD_URL_TTL_MS = 3_600_000

/** The caller's run, after checking the token and that the request names the token's own ids. */
type Caller = { run: WorkflowRun; jobBackendId: string }

function caller(
  req: GhRequest,
  state: GitHubState,
  body: { workflow_run_backend_id?: string; workflow_job_run_backend_id?: string }
): Caller | GhResponse {
  const verified = verifyRuntimeToken(state, req.headers.authorization)
  if ('problem' in verified) return twirpError('unauthenticated', verified.problem)
  if (
    body.workflow_run_backend_id !== verified.runBackendId ||
    body.workflow_job_run_backend_id !== verified.jobBackendId
  )
    return twirpError('permission_denied', 'the backend ids do not match the runtime token')
  const run = state.runByBackendId(verified.runBackendId)
  if (!run) return twirpError('not_found', 'workflow run not found')
  if (run.status === 'completed') return twirpError('unauthenticated', 'the job has finished')
  return { run, jobBackendId: verified.jobBackendId }
}

function blobPathOf(runBackendId: string, jobBackendId: string, name: string): string {
  const file = createHash('sha256').update(name).digest('hex').slice(0, 40)
  return `/${STORAGE_ACCOUNT}/${CONTAINER}/${runBackendId}/workflow-job-run-${jobBackendId}/artifacts/${file}.zip`
}

function inRun(state: GitHubState, run: WorkflowRun, name: string): StoredArtifact | undefined {
  return state.artifacts.find((a) => a.runId === run.id && a.name === name)
}

function usedBytes(state: GitHubState, repositoryId: number): number {
  const now = state.now()
  return state.artifacts
    .filter((a) => a.repositoryId === repositoryId && a.expiresAt > now)
    .reduce((sum, a) => sum + a.size, 0)
}

function createArtifact(state: GitHubState, who: Caller, body: CreateArtifactRequest): GhResponse {
  if (!body.name) return twirpError('invalid_argument', 'name is required')
  if ((body.version ?? 0) < 4)
    return twirpError('invalid_argument', 'artifact version must be 4 or later')
  if (inRun(state, who.run, body.name))
    return twirpError(
      'already_exists',
      'an artifact with this name already exists on the workflow run'
    )
  const quota = state.storageQuotaBytes
  if (quota !== undefined && usedBytes(state, who.run.repositoryId) >= quota)
    return twirpError('permission_denied', 'insufficient usage to create artifact', 403)
  const now = state.now()
  const expires = body.expires_at ? Date.parse(body.expires_at) : now + DEFAULT_RETENTION_MS
  const artifact: StoredArtifact = {
    id: state.nextArtifactId(),
    name: body.name,
    runId: who.run.id,
    jobBackendId: who.jobBackendId,
    repositoryId: who.run.repositoryId,
    createdAt: now,
    updatedAt: now,
    expiresAt: Number.isNaN(expires) ? now + DEFAULT_RETENTION_MS : expires,
    blobPath: blobPathOf(who.run.backendId, who.jobBackendId, body.name),
    mimeType: body.mime_type ?? 'application/zip',
    finalized: false,
    size: 0
  }
  state.artifacts.push(artifact)
  const response: CreateArtifactResponse = {
    ok: true,
    signed_upload_url: signedUrl(state, artifact.blobPath, 'cw', UPLOAD_URL_TTL_MS)
  }
  return json(200, response)
}

function finalizeArtifact(
  state: GitHubState,
  who: Caller,
  body: FinalizeArtifactRequest
): GhResponse {
  const artifact = inRun(state, who.run, body.name)
  if (!artifact || artifact.finalized) return twirpError('not_found', 'artifact not found')
  const blob = state.blobs.get(artifact.blobPath)
  if (!blob?.committed)
    return twirpError('failed_precondition', 'no content was uploaded for this artifact')
  if (Number(body.size) !== blob.content.length)
    return twirpError(
      'invalid_argument',
      `size ${body.size} does not match the ${blob.content.length} bytes uploaded`
    )
  const digest = `sha256:${createHash('sha256').update(blob.content).digest('hex')}`
  if (body.hash !== undefined && body.hash !== digest)
    return twirpError('invalid_argument', `hash ${body.hash} does not match the uploaded content`)
  artifact.finalized = true
  artifact.size = blob.content.length
  artifact.digest = digest
  artifact.updatedAt = state.now()
  const response: FinalizeArtifactResponse = { ok: true, artifact_id: String(artifact.id) }
  return json(200, response)
}

function listArtifacts(state: GitHubState, who: Caller, body: ListArtifactsRequest): GhResponse {
  const artifacts = state.artifacts.filter(
    (a) =>
      a.finalized &&
      a.runId === who.run.id &&
      (body.name_filter === undefined || a.name === body.name_filter) &&
      (body.id_filter === undefined || String(a.id) === body.id_filter)
  )
  const response: ListArtifactsResponse = {
    artifacts: artifacts.map((a) => ({
      workflow_run_backend_id: who.run.backendId,
      workflow_job_run_backend_id: a.jobBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.size),
      created_at: new Date(a.createdAt).toISOString(),
      ...(a.digest ? { digest: a.digest } : {})
    }))
  }
  return json(200, response)
}

function signedArtifactUrl(
  state: GitHubState,
  who: Caller,
  body: GetSignedArtifactURLRequest
): GhResponse {
  const artifact = inRun(state, who.run, body.name)
  if (!artifact?.finalized) return twirpError('not_found', 'artifact not found')
  const response: GetSignedArtifactURLResponse = {
    signed_url: signedUrl(state, artifact.blobPath, 'r', UPLOAD_URL_TTL_MS)
  }
  return json(200, response)
}

function deleteArtifact(state: GitHubState, who: Caller, body: DeleteArtifactRequest): GhResponse {
  const artifact = inRun(state, who.run, body.name)
  if (!artifact?.finalized) return twirpError('not_found', 'artifact not found')
  state.artifacts.splice(state.artifacts.indexOf(artifact), 1)
  state.blobs.delete(artifact.blobPath)
  const response: DeleteArtifactResponse = { ok: true, artifact_id: String(artifact.id) }
  return json(200, response)
}

type Handler = (state: GitHubState, who: Caller, body: never) => GhResponse

const METHODS: Record<string, Handler> = {
  CreateArtifact: createArtifact,
  FinalizeArtifact: finalizeArtifact,
  ListArtifacts: listArtifacts,
  GetSignedArtifactURL: signedArtifactUrl,
  DeleteArtifact: deleteArtifact
}

function handleTwirp(req: GhRequest, state: GitHubState): GhResponse {
  const method = req.params[0] ?? ''
  const handler = METHODS[method]
  if (!handler) return twirpError('bad_route', `no handler for path ${req.path}`)
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
  if (type !== 'application/json')
    return twirpError(
      'bad_route',
      `unexpected Content-Type: "${type ?? ''}" (the simulator speaks JSON)`
    )
  const body = readJson(req)
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return twirpError('malformed', 'the request body is not a JSON object')
  const unknown = Object.keys(body).filter((k) => !REQUEST_FIELDS[method]?.includes(k))
  if (unknown.length > 0) return twirpError('malformed', `unknown field(s): ${unknown.join(', ')}`)
  const who = caller(req, state, body)
  if (!('run' in who)) return who
  return handler(state, who, body as never)
}

export const RESULTS_ROUTES: Route[] = [
  {
    operation: (req) => req.params[0] ?? 'unknown',
    method: 'POST',
    path: new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/([A-Za-z]+)$`),
    handle: handleTwirp
  }
]
