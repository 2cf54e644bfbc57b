/**
 * The results service's messages as they travel: proto3 JSON with the proto field names
 * (`useProtoFieldName: true` in @actions/artifact's generated client,
 * lib/generated/results/api/v1/artifact.js). int64 values are decimal strings, wrapper types
 * (StringValue, Int64Value) are bare values and timestamps are RFC 3339 strings.
 * `__tests__/github-simulator/results-messages.test.ts` parses these shapes with the client's own
 * generated types, so a renamed field fails there.
 */

export interface CreateArtifactRequest {
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
  name: string
  expires_at?: string
  version?: number
  mime_type?: string
}

export interface CreateArtifactResponse {
  ok: boolean
  signed_upload_url: string
}

export interface FinalizeArtifactRequest {
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
  name: string
  size: string
  hash?: string
}

export interface FinalizeArtifactResponse {
  ok: boolean
  artifact_id: string
}

export interface ListArtifactsRequest {
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
  name_filter?: string
  id_filter?: string
}

export interface MonolithArtifact {
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
  database_id: string
  name: string
  size: string
  created_at: string
  digest?: string
}

export interface ListArtifactsResponse {
  artifacts: MonolithArtifact[]
}

export interface GetSignedArtifactURLRequest {
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
  name: string
}

export interface GetSignedArtifactURLResponse {
  signed_url: string
}

export interface DeleteArtifactRequest {
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
  name: string
}

export interface DeleteArtifactResponse {
  ok: boolean
  artifact_id: string
}

/** Field names each request may carry; anything else is `malformed`, as a strict proto parser says. */
export const REQUEST_FIELDS: Record<string, readonly string[]> = {
  CreateArtifact: [
    'workflow_run_backend_id',
    'workflow_job_run_backend_id',
    'name',
    'expires_at',
    'version',
    'mime_type'
  ],
  FinalizeArtifact: [
    'workflow_run_backend_id',
    'workflow_job_run_backend_id',
    'name',
    'size',
    'hash'
  ],
  ListArtifacts: [
    'workflow_run_backend_id',
    'workflow_job_run_backend_id',
    'name_filter',
    'id_filter'
  ],
  GetSignedArtifactURL: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
  DeleteArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name']
}
