import { SIGN_IN_PARTS, SIGN_IN_READS } from '../settings/parse-auth.ts'

/**
 * Credentials from the environment, under the names the Salesforce CLI and CI systems use, so a
 * secret need not be typed on the command line. Flags win over the environment.
 */
const ENV_INPUTS: readonly (readonly [input: string, variables: readonly string[]])[] = [
  ['auth-url', ['SF_AUTH_URL', 'SFDX_AUTH_URL']],
  ['access-token', ['SF_ACCESS_TOKEN', 'SFDX_ACCESS_TOKEN']],
  ['instance-url', ['SF_INSTANCE_URL', 'SFDX_INSTANCE_URL']],
  ['jwt-key', ['SF_JWT_KEY', 'SF_JWT_KEY_FILE', 'SFDX_JWT_KEY_FILE']],
  ['client-id', ['SF_CLIENT_ID', 'SFDX_CLIENT_ID']],
  ['username', ['SF_USERNAME', 'SFDX_USERNAME']],
  ['login-url', ['SF_LOGIN_URL', 'SFDX_LOGIN_URL']],
  ['github-token', ['GITHUB_TOKEN']]
]

/** Every environment variable the CLI reads credentials from, for the help text. */
export const CREDENTIAL_VARIABLES = ENV_INPUTS.flatMap(([, vars]) => vars)

/** Inputs that choose how to sign in. */
const SIGN_IN_INPUTS = ['auth-url', 'access-token', 'jwt-key']

/** Inputs whose value in a flag is saved in the shell's history. */
const HISTORY_SECRETS = ['auth-url', 'access-token']

/** The inputs filled from the environment (pure). */
export function credentialInputs(
  env: Record<string, string | undefined>,
  flags: Record<string, string>
): Record<string, string> {
  const out: Record<string, string> = {}
  // One way of signing in: a credential flag sets it, and the environment's credentials stay out.
  const flagSignIn = SIGN_IN_INPUTS.some((name) => flags[name] !== undefined)
  for (const [input, variables] of ENV_INPUTS) {
    if (flags[input] !== undefined || (flagSignIn && input !== 'github-token')) continue
    const value = variables.map((v) => env[v]).find((v) => v !== undefined && v !== '')
    if (value !== undefined) out[input] = value
  }
  return withoutOtherSignIns(out, flags)
}

/**
 * The environment often holds variables of several tools (an SF_USERNAME next to an
 * SF_AUTH_URL); only those the chosen sign-in reads are taken from it, where a flag is the
 * user's choice and is kept (and checked) as given.
 */
function withoutOtherSignIns(
  out: Record<string, string>,
  flags: Record<string, string>
): Record<string, string> {
  const methods = SIGN_IN_INPUTS.filter((m) => out[m] !== undefined || flags[m] !== undefined)
  const method = methods.length === 1 ? methods[0] : undefined
  if (method === undefined) return out
  const reads = SIGN_IN_READS[method] ?? []
  const other = SIGN_IN_PARTS.filter((name) => !reads.includes(name) && flags[name] === undefined)
  return Object.fromEntries(
    Object.entries(out).filter(([name]) => !(other as readonly string[]).includes(name))
  )
}

/** Warnings for secrets given as flags; they name the flag, never the value. */
export function historyWarnings(flags: Record<string, string>): string[] {
  return HISTORY_SECRETS.filter((name) => flags[name] !== undefined).map(
    (name) =>
      `warning: --${name} lands in your shell history; set ${name === 'auth-url' ? 'SF_AUTH_URL' : 'SF_ACCESS_TOKEN'} in the environment instead.`
  )
}

/**
 * Settings that need a GitHub run (artifacts, check runs, PR comments, validation records) are
 * off on a laptop unless a flag turns them on.
 */
export const LOCAL_DEFAULTS: Readonly<Record<string, string>> = {
  'upload-artifact': 'false',
  'check-run': 'false',
  'pr-comment': 'false',
  'validation-record': 'false'
}
