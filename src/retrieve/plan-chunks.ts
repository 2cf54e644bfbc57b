/**
 * Splits the members of a retrieve into requests that stay within the org's limits (see
 * docs/retrieve-and-rollback.md: 10,000 files and 39 MB per retrieve, and under the 90% of the
 * 45,000 custom fields one deploy takes, from which the org adds a notice), from an estimate of each
 * member's files and bytes. Estimates can be wrong, so the orchestrator also halves a request the
 * org refuses. Pure.
 */
import type { ComponentRef } from './metadata-paths.ts'

/** Files per retrieve, the Metadata API limit. */
export const MAX_RETRIEVE_FILES = 10_000
/** Compressed size per retrieve, the same 39 MB as a SOAP deploy. */
export const MAX_RETRIEVE_BYTES = 39_000_000
/**
 * Custom fields per retrieve: below 90% of the 45,000 one deploy takes, where the org starts
 * adding its notice, so every chunk can also be deployed back in one piece.
 */
export const MAX_RETRIEVE_CUSTOM_FIELDS = 40_499

/** Limits of one retrieve. */
export interface RetrieveLimits {
  maxFiles: number
  maxBytes: number
  /** Absent: no custom-field budget. */
  maxCustomFields?: number
}

export const RETRIEVE_LIMITS: RetrieveLimits = {
  maxFiles: MAX_RETRIEVE_FILES,
  maxBytes: MAX_RETRIEVE_BYTES,
  maxCustomFields: MAX_RETRIEVE_CUSTOM_FIELDS
}

/** Expected size of one member in the org's zip. */
export interface SizeEstimate {
  files: number
  bytes: number
  /** Custom fields the member brings (its object file's fields, or 1 for a CustomField). */
  customFields?: number
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
  return {
    files: BUNDLE_FILES[ref.type] ?? 2,
    bytes: 0,
    ...(ref.type === 'CustomField' ? { customFields: 1 } : {})
  }
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
  let fields = 0
  const maxFields = limits.maxCustomFields ?? Number.POSITIVE_INFINITY
  for (const member of members) {
    const size = estimate(member)
    const memberFields = size.customFields ?? 0
    if (
      current.length > 0 &&
      (files + size.files > limits.maxFiles ||
        bytes + size.bytes > limits.maxBytes ||
        fields + memberFields > maxFields)
    ) {
      chunks.push(current)
      current = []
      files = manifestFiles
      bytes = 0
      fields = 0
    }
    current.push(member)
    files += size.files
    bytes += size.bytes
    fields += memberFields
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/** Halves a chunk the org refused as too large. */
export function halve<T>(chunk: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(chunk.length / 2)
  return [chunk.slice(0, middle), chunk.slice(middle)]
}
