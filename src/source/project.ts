import { BuildError } from './build-error.ts'
import { joinTreePath, normalizeTreePath, type SourceTree } from './source-tree.ts'
import {
  activateReplacements,
  parseReplacements,
  type ActiveReplacement,
  type ReplacementRule
} from './replacements.ts'
import { decodeUtf8 } from './xml.ts'

/** The project file, at the root of the project folder. */
export const PROJECT_FILE = 'sfdx-project.json'

/** What the builder needs from sfdx-project.json. */
export interface ProjectConfig {
  /** Unique package directory paths, relative to the project root, in file order. */
  packageDirectories: string[]
  /** `sourceApiVersion` exactly as written, if present. */
  sourceApiVersion?: string
  /** Informational only; conversion never rewrites namespaces. */
  namespace?: string
  replacements: ReplacementRule[]
  warnings: string[]
}

/** What each known preset changes, for the refusal message. */
const PRESETS: Record<string, string> = {
  decomposePermissionSetBeta: 'splits PermissionSet into one file per permission',
  decomposePermissionSetBeta2: 'splits PermissionSet into several files per permission set',
  decomposeCustomLabelsBeta: 'splits CustomLabels into one file per label',
  decomposeCustomLabelsBeta2: 'splits CustomLabels into one file per label',
  decomposeSharingRulesBeta: 'splits SharingRules into one file per rule',
  decomposeWorkflowBeta: 'splits Workflow into one file per rule, alert and action',
  decomposeExternalServiceRegistrationBeta: 'splits ExternalServiceRegistration into several files'
}

const API_VERSION_RE = /^\d{2,3}\.0$/

/**
 * Offset of a JSON syntax error: V8 does not always say, so find the shortest prefix that fails
 * for a reason other than ending early. Only runs on error, on small files.
 */
function errorOffset(text: string): number | undefined {
  if (text.length > 65_536) return undefined
  for (let i = 1; i <= text.length; i++) {
    try {
      JSON.parse(text.slice(0, i))
    } catch (error) {
      if (!/end of JSON input|Unterminated|Expected/.test(String(error)) || i === text.length)
        return i - 1
    }
  }
  return undefined
}

/** Parses strict JSON, reporting line and column on error. */
export function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    return JSON.parse(body)
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /, "[\s\S]*$/,
      ''
    )
    const offset = errorOffset(body)
    let where = ''
    if (offset !== undefined) {
      const before = body.slice(0, offset)
      where = `:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`
    }
    throw new BuildError([`${file}${where}: not valid JSON (${message}).`])
  }
}

/** Reads sfdx-project.json text into a ProjectConfig; every problem is reported at once. */
export function readProjectConfig(text: string, file = PROJECT_FILE): ProjectConfig {
  const raw = parseJson(text, file)
  const problems: string[] = []
  const warnings: string[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BuildError([`${file}: expected a JSON object.`])
  }
  const json = raw as Record<string, unknown>
  const packageDirectories = readPackageDirectories(
    json.packageDirectories,
    file,
    problems,
    warnings
  )
  const config: ProjectConfig = { packageDirectories, replacements: [], warnings }
  const version = json.sourceApiVersion
  if (version !== undefined) {
    if (typeof version !== 'string' || !API_VERSION_RE.test(version)) {
      problems.push(
        `${file}: sourceApiVersion must be a string like "62.0" (found ${JSON.stringify(version)}).`
      )
    } else config.sourceApiVersion = version
  }
  if (typeof json.namespace === 'string') config.namespace = json.namespace
  refuseRegistryChanges(json, file, problems)
  config.replacements = parseReplacements(json.replacements, file, problems)
  if (problems.length > 0) throw new BuildError(problems)
  return config
}

function readPackageDirectories(
  value: unknown,
  file: string,
  problems: string[],
  warnings: string[]
): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(
      `${file}: packageDirectories must be a non-empty array of { "path": "force-app" } entries.`
    )
    return []
  }
  const out: string[] = []
  let defaults = 0
  value.forEach((entry: unknown, i) => {
    const p = (entry as { path?: unknown } | null)?.path
    if (typeof p !== 'string' || p.trim() === '') {
      problems.push(`${file}: packageDirectories[${i}] has no "path" string.`)
      return
    }
    if ((entry as { default?: unknown }).default === true) defaults++
    const normalized = normalizeTreePath(p.trim())
    if (normalized === undefined) {
      problems.push(
        `${file}: packageDirectories[${i}].path "${p}" is absolute or leaves the project; use a path inside the project.`
      )
      return
    }
    if (!out.includes(normalized)) out.push(normalized)
  })
  if (value.length > 1 && defaults !== 1) {
    warnings.push(
      `${file}: ${defaults} package directories are marked "default": true; the sf CLI expects exactly one.`
    )
  }
  return out
}

function refuseRegistryChanges(
  json: Record<string, unknown>,
  file: string,
  problems: string[]
): void {
  for (const key of ['sourceBehaviorOptions', 'registryPresets']) {
    const value = json[key]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    const names = Array.isArray(value) ? value.map(String) : [String(value)]
    const effects = names.map(
      (n) => `${n}: ${PRESETS[n] ?? 'changes how metadata types are split into files'}`
    )
    problems.push(
      `${file} ${key} ${JSON.stringify(names)} is not supported yet (${effects.join('; ')}); converting such a project with the standard type registry would produce broken output. Remove the option (and convert the files back with the sf CLI) to deploy with this action.`
    )
  }
  const custom = json.registryCustomizations
  if (
    custom !== undefined &&
    !(typeof custom === 'object' && custom !== null && Object.keys(custom).length === 0)
  ) {
    problems.push(
      `${file} registryCustomizations is not supported: it changes how files map to metadata types. Remove it to deploy with this action.`
    )
  }
}

/** A file of `tree` as text, or undefined when there is none. */
export async function readTreeText(tree: SourceTree, path: string): Promise<string | undefined> {
  return (await tree.exists(path)) ? decodeUtf8(await tree.readFile(path)) : undefined
}

/**
 * The project's replacement rules activated for reads of `tree`: replaceWithFile paths are
 * relative to the project folder, and problems name its sfdx-project.json.
 */
export function activateProjectReplacements(
  tree: SourceTree,
  projectDir: string,
  rules: ReplacementRule[],
  env: Record<string, string | undefined>,
  problems: string[]
): Promise<ActiveReplacement[]> {
  return activateReplacements(
    rules,
    env,
    (p) => readTreeText(tree, joinTreePath(projectDir, p)),
    joinTreePath(projectDir, PROJECT_FILE),
    problems
  )
}
