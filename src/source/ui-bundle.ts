/**
 * The checks the reference makes on a UI bundle's `ui-bundle.json` before a deploy: the
 * descriptor is a small JSON object with known properties, its paths stay inside the bundle, and
 * the folders and files it names exist. Problems are added to the context (the deploy would fail
 * on the server otherwise).
 */
import type { ResolvedComponent } from './component.ts'
import type { ConvertContext } from './convert-context.ts'
import { decodeUtf8 } from './xml.ts'

const DESCRIPTOR = 'ui-bundle.json'
const MAX_BYTES = 102_400
const TOP_LEVEL = new Set(['outputDir', 'routing', 'headers'])
const ROUTING = new Set(['rewrites', 'redirects', 'fallback', 'trailingSlash', 'fileBasedRouting'])
const TRAILING_SLASH = new Set(['always', 'never', 'auto'])

/** Why a path from the descriptor is unsafe, if it is. */
function unsafe(value: string): string | undefined {
  if (/(^|[/\\])\.\.([/\\]|$)/.test(value)) return 'path traversal (..)'
  if (value === '.' || value === './') return 'current directory reference (use a file path)'
  if (value.startsWith('/') || value.startsWith('\\')) return 'absolute path'
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20)) return 'control character'
  if (/[*?]/.test(value)) return 'glob wildcard'
  if (value.includes('\\')) return 'backslash (use forward slashes)'
  if (value.includes('%')) return 'percent-encoding'
  return undefined
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Checks the descriptor of a UI bundle, if it has one. */
export async function validateUiBundle(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const folder = c.folder ?? ''
  const path = `${folder}/${DESCRIPTOR}`
  if (!c.content.includes(path)) return
  const bytes = await ctx.read(path)
  const fail = (message: string): void => {
    ctx.problems.push(`${path}: ${message}`)
  }
  if (bytes.length === 0 || decodeUtf8(bytes).trim() === '') return fail('must not be empty.')
  if (bytes.length > MAX_BYTES) return fail(`exceeds ${MAX_BYTES / 1024} KB.`)
  let config: unknown
  try {
    config = JSON.parse(decodeUtf8(bytes))
  } catch (error) {
    return fail(`is not valid JSON: ${(error as Error).message}`)
  }
  if (!isObject(config) || Object.keys(config).length === 0)
    return fail('must be a JSON object with at least one of outputDir, routing, headers.')
  const unknown = Object.keys(config).filter((k) => !TOP_LEVEL.has(k))
  if (unknown.length > 0)
    return fail(
      `unknown ${unknown.map((k) => `'${k}'`).join(', ')}; allowed: outputDir, routing, headers.`
    )
  const has = (rel: string): boolean => c.content.some((f) => f === `${folder}/${rel}`)
  const hasUnder = (rel: string): boolean =>
    c.content.some((f) => f.startsWith(`${folder}/${rel}/`))
  let base = ''
  if (config.outputDir !== undefined) {
    const dir = config.outputDir
    if (typeof dir !== 'string' || dir.trim() === '')
      return fail("'outputDir' must be a non-empty string.")
    const reason = unsafe(dir)
    if (reason) return fail(`'outputDir' "${dir}" contains ${reason}.`)
    base = dir.replace(/\/+$/, '')
    if (!hasUnder(base))
      return fail(`'outputDir' "${dir}" is not a folder with files in the bundle.`)
  }
  const routing = config.routing
  if (routing !== undefined) {
    if (!isObject(routing)) return fail("'routing' must be an object.")
    const extra = Object.keys(routing).filter((k) => !ROUTING.has(k))
    if (extra.length > 0) return fail(`'routing' has unknown ${extra.join(', ')}.`)
    if (routing.trailingSlash !== undefined && !TRAILING_SLASH.has(String(routing.trailingSlash)))
      return fail("'routing.trailingSlash' must be one of always, never, auto.")
    const targets: [string, unknown][] = [['routing.fallback', routing.fallback]]
    if (Array.isArray(routing.rewrites))
      routing.rewrites.forEach((r: unknown, i) =>
        targets.push([`routing.rewrites[${i}].rewrite`, isObject(r) ? r.rewrite : undefined])
      )
    for (const [key, value] of targets) {
      if (value === undefined) continue
      if (typeof value !== 'string' || value === '')
        return fail(`'${key}' must be a non-empty string.`)
      const rel = value.replace(/^\/+/, '')
      const reason = unsafe(rel)
      if (reason) return fail(`'${key}' "${value}" contains ${reason}.`)
      const target = base === '' ? rel : `${base}/${rel}`
      if (!has(target) && !hasUnder(target))
        return fail(`'${key}' references "${value}", which is not in the bundle.`)
    }
  }
  if (config.headers !== undefined && !Array.isArray(config.headers))
    return fail("'headers' must be an array.")
}
