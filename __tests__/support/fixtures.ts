/** Where the tests' fixed data lives: all of it inside the repository, under `__tests__/fixtures/`. */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '..', 'fixtures')
/** The kitchen-sink SFDX project (`__tests__/fixtures/README.md`). Read-only: copy it to modify. */
export const KITCHEN_SINK = path.join(FIXTURES_DIR, 'kitchen-sink')
/** The reference converter's output for the kitchen-sink project. */
export const KITCHEN_SINK_EXPECTED = path.join(FIXTURES_DIR, 'kitchen-sink.expected')
/** Recorded Metadata API responses, with their sources in `vectors/README.md`. */
export const VECTORS_DIR = path.join(FIXTURES_DIR, 'vectors')

/** A recorded vector's text, exactly as stored. */
export function vectorText(name: string): string {
  return readFileSync(path.join(VECTORS_DIR, name), 'utf8')
}

/** A recorded JSON vector, parsed. */
export function readVector(name: string): unknown {
  return JSON.parse(vectorText(name)) as unknown
}
