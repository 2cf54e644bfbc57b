/**
 * Signed storage URLs in the shape of an Azure service SAS (`sv`, `sr`, `sp`, `st`, `se`, `sig`;
 * learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas), signed with the
 * simulator's key. The path is IP-style (`/<account>/<container>/<blob>`), which the Azure SDK
 * recognises for loopback hosts, as it does for Azurite.
 */
import { timingSafeEqual } from 'node:crypto'
import type { GitHubState } from '../core/state.ts'

export const STORAGE_ACCOUNT = 'simresults'
export const CONTAINER = 'actions-results'
const SERVICE_VERSION = '2025-05-05'

function stringToSign(permissions: string, start: string, expiry: string, path: string): string {
  return [permissions, start, expiry, path, SERVICE_VERSION].join('\n')
}

/** A URL that allows `permissions` (`r` read, `cw` create and write) on `path` for `ttlMs`. */
export function signedUrl(
  state: GitHubState,
  path: string,
  permissions: 'r' | 'cw',
  ttlMs: number
): string {
  const now = state.now()
  const start = new Date(now - 60_000).toISOString().replace(/\.\d+Z$/, 'Z')
  const expiry = new Date(now + ttlMs).toISOString().replace(/\.\d+Z$/, 'Z')
  const query = new URLSearchParams({
    sv: SERVICE_VERSION,
    sr: 'b',
    sp: permissions,
    st: start,
    se: expiry,
    sig: state.sign(stringToSign(permissions, start, expiry, path))
  })
  return `${state.urls.blob}${path}?${query.toString()}`
}

/** Why the SAS on a request does not allow `needed` on `path`; undefined when it does. */
export function sasProblem(
  state: GitHubState,
  path: string,
  query: URLSearchParams,
  needed: 'r' | 'w'
): string | undefined {
  const [sp, st, se, sig] = ['sp', 'st', 'se', 'sig'].map((k) => query.get(k) ?? '')
  if (!sig || !sp || !se || !st) return 'Signature fields not well formed.'
  const expected = Buffer.from(state.sign(stringToSign(sp, st, se, path)))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return 'Signature did not match.'
  if (Date.parse(se) <= state.now())
    return `Signed expiry time [${se}] has to be after current time.`
  if (!sp.includes(needed))
    return 'This request is not authorized to perform this operation using this permission.'
  return undefined
}
