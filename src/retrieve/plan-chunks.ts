/**
 * Splits the members of a retrieve into requests that stay within the org's limits (see
 * docs/retrieve-and-rollback.md: 10,000 files and 39 MB per retrieve), from an estimate of each
 * member's files and bytes. Estimates can be wrong, so the orchestrator also halves a request the
 * org refuses. Pure.
 */
import type { ComponentRef } from './metadata-paths.ts'

/** Files per retrieve, the Metadata API limit. */
export const MAX_RETRIEVE_FILES = 10_000
/** Compressed size per retrieve, the same 39 MB as a SOAP deploy. */
export const MAX_RETRIEVE_BYTES = 39_000_000

/** Limits of one retrieve. */
export interface RetrieveLimits {
  maxFiles: number
  maxBytes: number
}

export const RETRIEVE_LIMITS: RetrieveLimits = {
  maxFiles: MAX_RETRIEVE_FILES,
  maxBytes: MAX_RETRIEVE_BYTES
}

/** Expected size of one member in the org's zip. */
export interface SizeEstimate {
  files: number
  bytes: number
}

// Bundles hold several files; most other types a content file and its -meta.xml.
const BUNDLE_FILES: Record<string, number> = {
  LightningComponentBundle: 5,
  AuraDefinitionBundle: 6,
  ExperienceBundle: 40,
  WaveTemplateBundle: 10
}

/** Default estimate when the package gives none: files by type, size unknown (0). */
export function defaultEstimate(ref: ComponentRef): SizeEstimate {
  return { files: BUNDLE_FILES[ref.type] ?? 2, bytes: 0 }
}

/**
 * Greedy chunks in member order: a chunk closes before a member would push it over a limit. One
 * file of each request is the org's package.xml, which counts against the file limit.
 */
export function planChunks(
  members: readonly ComponentRef[],
  estimate: (ref: ComponentRef) => SizeEstimate = defaultEstimate,
  limits: RetrieveLimits = RETRIEVE_LIMITS
): ComponentRef[][] {
  const chunks: ComponentRef[][] = []
  let current: ComponentRef[] = []
  const manifestFiles = 1
  let files = manifestFiles
  let bytes = 0
  for (const member of members) {
    const size = estimate(member)
    if (
      current.length > 0 &&
      (files + size.files > limits.maxFiles || bytes + size.bytes > limits.maxBytes)
    ) {
      chunks.push(current)
      current = []
      files = manifestFiles
      bytes = 0
    }
    current.push(member)
    files += size.files
    bytes += size.bytes
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Halves a chunk the org refused as too large. */
export function halve<T>(chunk: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(chunk.length / 2)
  return [chunk.slice(0, middle), chunk.slice(middle)]
}
