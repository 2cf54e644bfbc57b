import { secrets } from '../shared/redact.ts'
import { BuildError } from './build-error.ts'
import { REGEX_TIME_LIMIT_MS, replaceBounded } from './bounded-replace.ts'
import { decodeUtf8, encodeUtf8 } from './xml.ts'
import { globToRegExp, invalidPatternReason } from './glob.ts'
import { normalizeTreePath } from './source-tree.ts'

/** One validated entry of `replacements` in sfdx-project.json. */
export interface ReplacementRule {
  index: number
  filename?: string
  glob?: RegExp
  /** Literal text or a global regular expression. */
  find: { literal: string } | { regex: RegExp }
  value: { env: string; allowUnset: boolean } | { file: string }
  when: { env: string; value: string }[]
}

/** A rule whose replacement text is known and whose condition holds. */
export interface ActiveReplacement {
  rule: ReplacementRule
  text: string
}

/** Per-rule count of replaced occurrences and touched files (never the values: they may be secrets). */
export interface ReplacementStats {
  index: number
  files: number
  occurrences: number
}

type Raw = Record<string, unknown>

/** Validates the `replacements` array; problems name the entry index. */
export function parseReplacements(
  value: unknown,
  file: string,
  problems: string[]
): ReplacementRule[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    problems.push(`${file}: replacements must be an array.`)
    return []
  }
  const rules: ReplacementRule[] = []
  value.forEach((entry: unknown, index) => {
    const rule = parseRule((entry ?? {}) as Raw, index, file, problems)
    if (rule) rules.push(rule)
  })
  return rules
}

function exactlyOne(
  raw: Raw,
  keys: [string, string],
  where: string,
  problems: string[]
): string | undefined {
  const present = keys.filter((k) => typeof raw[k] === 'string' && raw[k] !== '')
  if (present.length !== 1) {
    problems.push(`${where} needs exactly one of ${keys.join(' / ')} (as a non-empty string).`)
    return undefined
  }
  return present[0]
}

function parseRule(
  raw: Raw,
  index: number,
  file: string,
  problems: string[]
): ReplacementRule | undefined {
  const where = `${file} replacements[${index}]`
  const before = problems.length
  const target = exactlyOne(raw, ['filename', 'glob'], where, problems)
  const findKey = exactlyOne(raw, ['stringToReplace', 'regexToReplace'], where, problems)
  const withKey = exactlyOne(raw, ['replaceWithEnv', 'replaceWithFile'], where, problems)
  let find: ReplacementRule['find'] | undefined
  if (findKey === 'stringToReplace') find = { literal: String(raw.stringToReplace) }
  if (findKey === 'regexToReplace') {
    try {
      find = { regex: new RegExp(String(raw.regexToReplace), 'g') }
    } catch (error) {
      problems.push(`${where}.regexToReplace is not a valid regular expression: ${String(error)}.`)
    }
  }
  const glob = target === 'glob' ? parseGlob(String(raw.glob), where, problems) : undefined
  const when = parseWhen(raw.replaceWhenEnv, where, problems)
  if (withKey === 'replaceWithEnv')
    refuseActionVariable(String(raw.replaceWithEnv), where, problems)
  if (withKey === 'replaceWithFile') refuseOutsideFile(String(raw.replaceWithFile), where, problems)
  if (problems.length > before || !find || !target || !withKey) return undefined
  const value: ReplacementRule['value'] =
    withKey === 'replaceWithEnv'
      ? { env: String(raw.replaceWithEnv), allowUnset: raw.allowUnsetEnvVariable === true }
      : { file: String(raw.replaceWithFile) }
  const rule: ReplacementRule = { index, find, value, when }
  if (target === 'filename')
    rule.filename = String(raw.filename).replace(/\\/g, '/').replace(/^\.\//, '')
  else if (glob) rule.glob = glob
  return rule
}

/** A rule's glob as a RegExp; one that makes none (`{a` unclosed, `[z-a]`) is a problem of its entry. */
function parseGlob(glob: string, where: string, problems: string[]): RegExp | undefined {
  try {
    return globToRegExp(`**/${glob.replace(/^\.\//, '')}`)
  } catch (error) {
    problems.push(
      `${where}.glob "${glob}" is not a valid pattern (${invalidPatternReason(error)}).`
    )
    return undefined
  }
}

/**
 * Variables a replacement may not read: the runner gives the action its inputs (`auth-url`,
 * `github-token`, ...) as INPUT_*, and its own credentials as ACTIONS_*, RUNNER_* and
 * GITHUB_TOKEN. Put in the package, they would reach the org and the reports.
 */
const ACTION_VARIABLES = /^(INPUT_|ACTIONS_|RUNNER_)|^GITHUB_TOKEN$/i

function refuseActionVariable(name: string, where: string, problems: string[]): void {
  if (!ACTION_VARIABLES.test(name)) return
  problems.push(
    `${where}.replaceWithEnv: ${name} is a variable of the runner or of this action (INPUT_*, ACTIONS_*, RUNNER_*, ` +
      'GITHUB_TOKEN), which may hold a credential; it is never put into the package. Give the value a variable of ' +
      'its own (env: in the workflow) and name that one.'
  )
}

/** replaceWithFile is relative to the project; it may not climb out of it or read `.git`. */
function refuseOutsideFile(file: string, where: string, problems: string[]): void {
  const normal = normalizeTreePath(file)
  if (normal !== undefined && !normal.split('/').includes('.git')) return
  problems.push(
    `${where}.replaceWithFile: "${file}" is outside the project${normal === undefined ? '' : ' (in .git)'}; ` +
      'only files inside the project can be put into the package. Give a path relative to sfdx-project.json.'
  )
}

function parseWhen(value: unknown, where: string, problems: string[]): ReplacementRule['when'] {
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : []
  const out: ReplacementRule['when'] = []
  for (const item of list as Raw[]) {
    if (typeof item?.env !== 'string' || typeof item.value !== 'string') {
      problems.push(
        `${where}.replaceWhenEnv entries must look like { "env": "NAME", "value": "text" }.`
      )
      return []
    }
    out.push({ env: item.env, value: item.value })
  }
  if (!Array.isArray(value)) problems.push(`${where}.replaceWhenEnv must be an array.`)
  return out
}

/**
 * Resolves each rule's replacement text. Rules whose `replaceWhenEnv` condition fails are
 * dropped; missing variables or files are problems, and so is a text that holds one of the
 * action's own credentials (`isCredential`, by default the secrets this run knows): those never
 * go into the package.
 */
export async function activateReplacements(
  rules: ReplacementRule[],
  env: Record<string, string | undefined>,
  readText: (projectPath: string) => Promise<string | undefined>,
  file: string,
  problems: string[],
  isCredential: (text: string) => boolean = (text) => secrets.knows(text)
): Promise<ActiveReplacement[]> {
  const out: ActiveReplacement[] = []
  for (const rule of rules) {
    if (!rule.when.every((w) => env[w.env] === w.value)) continue
    const where = `${file} replacements[${rule.index}]`
    if ('env' in rule.value) {
      const text = env[rule.value.env]
      if (text === undefined && !rule.value.allowUnset) {
        problems.push(
          `${where} needs environment variable ${rule.value.env} (or set allowUnsetEnvVariable).`
        )
        continue
      }
      if (text !== undefined && isCredential(text)) {
        problems.push(credentialProblem(`${where}.replaceWithEnv: ${rule.value.env}`))
        continue
      }
      out.push({ rule, text: text ?? '' })
    } else {
      const text = await readText(rule.value.file)
      if (text === undefined) {
        problems.push(`${where}.replaceWithFile: ${rule.value.file} does not exist.`)
        continue
      }
      if (isCredential(text)) {
        problems.push(credentialProblem(`${where}.replaceWithFile: ${rule.value.file}`))
        continue
      }
      out.push({ rule, text: text.trim() })
    }
  }
  return out
}

function credentialProblem(source: string): string {
  return (
    `${source} holds one of this action's credentials (auth-url, jwt-key, access-token, github-token or a token ` +
    'of the run); it is never put into the package.'
  )
}

/** Whether a rule targets a file, given its path relative to the project root. */
export function ruleMatches(rule: ReplacementRule, projectPath: string): boolean {
  if (rule.filename !== undefined) return projectPath.endsWith(rule.filename)
  return rule.glob?.test(projectPath) ?? false
}

const TEXT_EXTENSIONS =
  /\.(cls|trigger|xml|json|js|mjs|css|html|htm|txt|md|page|component|cmp|app|evt|intf|design|auradoc|svg|tokens|email|csv|yaml|yml)$/i

/** Text by extension; otherwise binary when a NUL byte appears in the first 8 KiB. */
export function isTextFile(path: string, bytes: Uint8Array): boolean {
  if (TEXT_EXTENSIONS.test(path)) return true
  return !bytes.subarray(0, 8192).includes(0)
}

/**
 * Applies the active rules that target `projectPath`, in order, to the whole file. Binary files
 * are returned untouched. `stats` is updated per rule.
 */
export function applyReplacements(
  projectPath: string,
  bytes: Uint8Array,
  active: ActiveReplacement[],
  stats: Map<number, ReplacementStats>,
  onWarning: (message: string) => void = () => undefined
): Uint8Array {
  const matching = active.filter((a) => ruleMatches(a.rule, projectPath))
  if (matching.length === 0 || !isTextFile(projectPath, bytes)) return bytes
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  // A file in another encoding (Latin-1 is common in older projects) read as UTF-8 would have
  // every accented byte turned into U+FFFD: it is read and written back as Latin-1 instead.
  const utf8 = isUtf8(bytes)
  let text = utf8 ? decodeUtf8(bytes) : Buffer.from(bytes).toString('latin1')
  let changed = false
  for (const { rule, text: replacement } of matching) {
    let count = 0
    // The replacement text is a String.prototype.replace pattern (`$&`, `$1`, `$$`), as in the
    // Salesforce CLI.
    if ('literal' in rule.find) {
      count = text.split(rule.find.literal).length - 1
      if (count > 0) text = text.replaceAll(rule.find.literal, replacement)
    } else {
      const replaced = replaceBounded(text, rule.find.regex, replacement)
      if ('timedOut' in replaced) throw regexTooSlow(rule, projectPath)
      text = replaced.text
      count = replaced.count
    }
    if (count > 0) {
      changed = true
      const s = stats.get(rule.index) ?? { index: rule.index, files: 0, occurrences: 0 }
      s.files++
      s.occurrences += count
      stats.set(rule.index, s)
    }
  }
  if (!changed) return bytes
  if (utf8) return encodeUtf8(hadBom ? `\uFEFF${text}` : text)
  const outside = [...text].some((c) => c.charCodeAt(0) > 0xff)
  onWarning(
    `${projectPath} is not UTF-8: its replacements were applied reading it as Latin-1 (ISO-8859-1), and it ` +
      `was written back in Latin-1${outside ? '; characters of the replacement text that Latin-1 cannot hold were written as ?' : ''}.`
  )
  return new Uint8Array(
    Buffer.from(
      outside ? [...text].map((c) => (c.charCodeAt(0) > 0xff ? '?' : c)).join('') : text,
      'latin1'
    )
  )
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

function isUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes)
    return true
  } catch {
    return false
  }
}

function regexTooSlow(rule: ReplacementRule, projectPath: string): BuildError {
  return new BuildError([
    `sfdx-project.json replacements[${rule.index}].regexToReplace took more than ${REGEX_TIME_LIMIT_MS / 1000} s on ` +
      `${JSON.stringify(projectPath)} and was stopped: the pattern backtracks without bound (nested quantifiers ` +
      'such as (a+)+ do). Rewrite it without a quantifier inside a quantified group, or use stringToReplace.'
  ])
}
