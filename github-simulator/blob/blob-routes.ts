/**
 * The storage side of artifacts, speaking the Azure Blob REST operations the Azure SDK sends for
 * @actions/artifact: Put Block (`?comp=block&blockid=`) and Put Block List (`?comp=blocklist`)
 * from BlockBlobClient.uploadStream, Put Blob for a single-shot upload, and Get Blob for
 * downloads (learn.microsoft.com/en-us/rest/api/storageservices/blob-service-rest-api).
 * Access is by the signed URL only: a request that also carries an Authorization header is
 * refused, so a client that leaked its GitHub token to storage would fail here.
 */
import { createHash } from 'node:crypto'
import type { GhRequest, GhResponse, Route } from '../core/route.ts'
import type { GitHubState, StoredBlob } from '../core/state.ts'
import { sasProblem } from './sas.ts'

const VERSION = '2025-05-05'

function storageError(status: number, code: string, message: string): GhResponse {
  return {
    status,
    headers: {
      'content-type': 'application/xml',
      'x-ms-error-code': code,
      'x-ms-version': VERSION
    },
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  }
}

function created(blob: StoredBlob | undefined, extra: Record<string, string> = {}): GhResponse {
  return {
    status: 201,
    headers: {
      'x-ms-version': VERSION,
      'x-ms-request-server-encrypted': 'true',
      ...(blob
        ? { etag: blob.etag, 'last-modified': new Date(blob.lastModified).toUTCString() }
        : {}),
      ...extra
    }
  }
}

function operationOf(req: GhRequest): string {
  if (req.method === 'GET') return 'getBlob'
  const comp = req.query.get('comp')
  return comp === 'block' ? 'putBlock' : comp === 'blocklist' ? 'putBlockList' : 'putBlob'
}

function blobFor(state: GitHubState, path: string): StoredBlob {
  const existing = state.blobs.get(path)
  if (existing) return existing
  const blob: StoredBlob = {
    content: Buffer.alloc(0),
    contentType: 'application/octet-stream',
    blocks: new Map(),
    committed: false,
    etag: '"0x0"',
    lastModified: state.now()
  }
  state.blobs.set(path, blob)
  return blob
}

function commit(
  state: GitHubState,
  blob: StoredBlob,
  content: Buffer,
  type: string | undefined
): void {
  blob.content = content
  blob.contentType = type ?? blob.contentType
  blob.committed = true
  blob.blocks.clear()
  blob.lastModified = state.now()
  blob.etag = `"0x${createHash('md5').update(content).digest('hex').slice(0, 15).toUpperCase()}"`
}

/** Block ids named by a Put Block List body (`<Latest>`, `<Committed>` or `<Uncommitted>`). */
function blockIds(xml: string): string[] {
  return [...xml.matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1] ?? '')
}

function put(req: GhRequest, state: GitHubState): GhResponse {
  const blob = blobFor(state, req.path)
  const type = req.headers['x-ms-blob-content-type']
  const contentType = Array.isArray(type) ? type[0] : type
  const op = operationOf(req)
  if (op === 'putBlock') {
    const id = req.query.get('blockid')
    if (!id) return storageError(400, 'InvalidQueryParameterValue', 'blockid is required')
    blob.blocks.set(id, req.body)
    return created(undefined, {
      'x-ms-content-crc64': createHash('sha256').update(req.body).digest('base64').slice(0, 12)
    })
  }
  if (op === 'putBlockList') {
    const ids = blockIds(req.body.toString('utf8'))
    const parts: Buffer[] = []
    for (const id of ids) {
      const part = blob.blocks.get(id)
      if (!part)
        return storageError(400, 'InvalidBlockList', 'The specified block list is invalid.')
      parts.push(part)
    }
    commit(state, blob, Buffer.concat(parts), contentType)
    return created(blob)
  }
  if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
    return storageError(
      400,
      'MissingRequiredHeader',
      "An HTTP header that's mandatory for this request is not specified."
    )
  commit(state, blob, req.body, contentType ?? req.headers['content-type'])
  return created(blob)
}

function get(req: GhRequest, state: GitHubState): GhResponse {
  const blob = state.blobs.get(req.path)
  if (!blob?.committed)
    return storageError(404, 'BlobNotFound', 'The specified blob does not exist.')
  return {
    status: 200,
    headers: {
      'content-type': blob.contentType,
      'content-length': String(blob.content.length),
      etag: blob.etag,
      'last-modified': new Date(blob.lastModified).toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-version': VERSION
    },
    body: blob.content
  }
}

function guard(
  handler: (req: GhRequest, state: GitHubState) => GhResponse,
  needed: 'r' | 'w'
): Route['handle'] {
  return (req, state) => {
    if (req.headers.authorization !== undefined)
      return storageError(
        400,
        'InvalidAuthenticationInfo',
        'The simulator accepts signed URLs only: this request also carried an Authorization header.'
      )
    const problem = sasProblem(state, req.path, req.query, needed)
    if (problem)
      return storageError(
        403,
        'AuthenticationFailed',
        `Server failed to authenticate the request. ${problem}`
      )
    return handler(req, state)
  }
}

export const BLOB_ROUTES: Route[] = [
  { operation: operationOf, method: 'PUT', path: /^\/.+$/, handle: guard(put, 'w') },
  { operation: operationOf, method: 'GET', path: /^\/.+$/, handle: guard(get, 'r') }
]
