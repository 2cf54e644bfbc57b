/**
 * A member's `Metadata` field from the component's `-meta.xml`:
 * omitting it can drop managed-package version bindings. Numbers are sent as numbers
 * (apiVersion, majorNumber, minorNumber), booleans as booleans; the exact JSON typing the
 * Tooling API accepts is not verified on a real org yet (docs/compile.md).
 */
import { BuildError } from '../source/build-error.ts'
import { parseXml as checkWellFormed } from '../source/xml.ts'
import { parseXml } from '../shared/xml.ts'

const NUMERIC = new Set(['apiVersion', 'majorNumber', 'minorNumber'])
const BOOLEAN = new Set(['availableInTouch', 'confirmationTokenRequired'])
const LISTS = new Set(['packageVersions'])

/** Parses a `-meta.xml` into Metadata, or throws a BuildError naming the file. Pure. */
export function memberMetadata(metaXml: string, path: string): Record<string, unknown> {
  // The lenient parser below accepts unclosed and mismatched tags; the builder's does not, and a
  // file the fallback deploy would refuse must not be sent as Metadata either.
  checkWellFormed(metaXml, path)
  const doc = parseXml(metaXml, LISTS) as Record<string, unknown>
  const root = Object.entries(doc).find(([key]) => !key.startsWith('?'))?.[1]
  if (typeof root !== 'object' || root === null)
    throw new BuildError([`${path}: expected one root element such as <ApexClass>.`])
  return convert(root as Record<string, unknown>)
}

function convert(node: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue
    out[key] = Array.isArray(value) ? value.map((v) => leaf(key, v)) : leaf(key, value)
  }
  return out
}

function leaf(key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null) return convert(value as Record<string, unknown>)
  const text = String(value).trim()
  if (NUMERIC.has(key) && text !== '' && Number.isFinite(Number(text))) return Number(text)
  if (BOOLEAN.has(key)) return text === 'true'
  return text
}
