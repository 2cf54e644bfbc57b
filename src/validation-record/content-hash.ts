/**
 * The content hash of a deploy package: what a validation record is matched by. It is computed
 * over the package's canonical files (metadata-format path and bytes), never over the zip, so zip
 * timestamps, compression and entry order cannot change it.
 */
import { createHash } from 'node:crypto'

/** Length of the hex digest (sha256). */
export const CONTENT_HASH_LENGTH = 64

/**
 * sha256 over the sorted list of `path NUL sha256(bytes) LF`. Paths are compared as UTF-16 code
 * units (Array#sort), which is stable across platforms and locales.
 */
export function contentHash(files: ReadonlyMap<string, Uint8Array>): string {
  const outer = createHash('sha256')
  for (const path of [...files.keys()].sort()) {
    const inner = createHash('sha256')
      .update(files.get(path) ?? new Uint8Array())
      .digest('hex')
    outer.update(`${path}\0${inner}\n`, 'utf8')
  }
  return outer.digest('hex')
}

/** True for a lower-case sha256 hex digest. */
export function isContentHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}
