import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseSfdxAuthUrl } from '../auth/credentials.ts'
import { secrets } from '../shared/redact.ts'
import { INPUT_NAMES, SECRET_INPUTS, type InputName, type RawInputs } from '../settings/inputs.ts'
import { readWorkspacePath } from '../settings/parse-paths.ts'

/**
 * Reads every input from the runner (INPUT_* variables) and masks the secrets at once, including
 * the parts of an auth URL and each line of a PEM key, so no later log line can reveal them. The
 * runner's own tokens are known to the redactor too, in case the org or a file echoes them. `now`
 * (the run's clock) lets a push start-time already past be refused with the other problems.
 */
export function readInputs(workspace: string, now?: number): RawInputs {
  const values = {} as Record<InputName, string>
  for (const name of INPUT_NAMES) values[name] = core.getInput(name)
  for (const name of SECRET_INPUTS) maskSecret(values[name])
  for (const name of RUNNER_SECRETS) maskSecret(process.env[name] ?? '')
  const authUrl = parseSfdxAuthUrl(values['auth-url'])
  if (!('error' in authUrl)) {
    maskSecret(authUrl.refreshToken)
    maskSecret(authUrl.clientSecret)
  }
  const jwtKeyFile = readJwtKeyFile(values['jwt-key'], workspace)
  const orgsFile = readOrgsFile(values['orgs-file'], workspace)
  return {
    values,
    workspace,
    ...(jwtKeyFile ? { jwtKeyFile } : {}),
    ...(orgsFile ? { orgsFile } : {}),
    // The main step passes its clock; the post step, which must not fail on what changed since, does not.
    ...(now === undefined ? {} : { now, checkFiles: true })
  }
}

/** Tokens the runner gives every step; it masks them itself, the redactor must know them too. */
const RUNNER_SECRETS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN']

/**
 * Masks a secret and each of its lines (the runner matches masks line by line), and hands it to
 * the redactor that cleans every report.
 */
export function maskSecret(value: string): void {
  secrets.maskWith(core.setSecret)
  secrets.add(value)
}

function readJwtKeyFile(value: string, workspace: string): RawInputs['jwtKeyFile'] {
  const trimmed = value.trim()
  // Only something shaped like a path is read as one, so a mangled key is never echoed as a "path".
  if (trimmed === '' || !looksLikePath(trimmed)) return undefined
  const file = path.resolve(workspace, trimmed)
  try {
    const text = readFileSync(file, 'utf8')
    maskSecret(text)
    return { path: trimmed, text }
  } catch (error) {
    return { path: trimmed, error: (error as NodeJS.ErrnoException).code ?? 'unreadable' }
  }
}

function looksLikePath(value: string): boolean {
  return (
    value.length < 256 &&
    /^[\w./\\~:-]+$/.test(value) &&
    (/[/\\]/.test(value) || /\.(pem|key)$/i.test(value))
  )
}

/**
 * The org list of `orgs-file`, read here so its ids are checked before signing in. A path that
 * leaves the workspace is not read at all: the parser reports it.
 */
function readOrgsFile(value: string, workspace: string): RawInputs['orgsFile'] {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  const file = readWorkspacePath('orgs-file', trimmed, workspace, [])
  if (file === undefined) return undefined
  try {
    return { path: trimmed, text: readFileSync(file, 'utf8') }
  } catch (error) {
    return { path: trimmed, error: readError(error) }
  }
}

/** Why a file could not be read, in words a user can act on. */
function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a folder, not a file'
  if (code === 'EACCES') return 'permission denied'
  return code ?? 'unreadable'
}
