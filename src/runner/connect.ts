import { Session } from '../auth/session.ts'
import { authenticate } from '../auth/token-client.ts'
import { chooseApiVersion } from '../deploy/api-version.ts'
import type { OrgSession } from '../deploy/ports.ts'
import type { HttpTransport } from '../http/transport.ts'
import { createRestMetadataApi } from '../metadata-api/rest/rest-client.ts'
import { createSoapMetadataApi } from '../metadata-api/soap/soap-client.ts'
import { OrgCaller } from '../metadata-api/org-caller.ts'
import { readOrgInfo } from '../org/org-info-client.ts'
import type { ApiTransport, AuthSettings, BaseSettings } from '../settings/settings.ts'
import { systemClock, type Clock } from '../shared/clock.ts'
import { createUndiciTransport } from '../http/undici-transport.ts'
import type { Logger } from '../shared/logger.ts'
import { secrets } from '../shared/redact.ts'
import { ActionError, TransientError } from '../shared/errors.ts'

/** What signing in needs. */
export interface ConnectDeps {
  auth: AuthSettings
  requestedApiVersion?: string
  http: HttpTransport
  clock: Clock
  logger: Logger
  /** Masks each access token the moment it exists. */
  maskToken: (token: string) => void
  /** allow-custom-instance-host: also the policy for the instance URL a token endpoint issues. */
  allowCustomInstanceHost?: boolean
}

/** Signs in, reads the org's API versions, and builds the Metadata API client. */
export async function connectToOrg(
  deps: ConnectDeps,
  transport: ApiTransport,
  packageApiVersion?: string
): Promise<OrgSession & { caller: OrgCaller }> {
  const policy = { allowCustomHost: deps.allowCustomInstanceHost ?? false }
  const connection = await authenticate(deps.auth, deps.http, deps.clock, policy).catch(
    (error: unknown) => {
      throw explainUnreachable(error, deps.auth)
    }
  )
  deps.maskToken(connection.accessToken)
  const session = new Session(connection, {
    auth: deps.auth,
    http: deps.http,
    clock: deps.clock,
    onToken: deps.maskToken,
    policy
  })
  const caller = new OrgCaller(session, deps.http)
  const info = await readOrgInfo(caller).catch((error: unknown) => {
    throw explainUnreachable(error, deps.auth)
  })
  const chosen = chooseApiVersion(deps.requestedApiVersion, packageApiVersion, info.maxApiVersion)
  const notes = chosen.note ? [chosen.note] : []
  let chosenTransport = transport
  // Apps issuing JWT-format access tokens: SOAP rejects them as INVALID_SESSION_ID, so those sessions use REST.
  if (transport === 'soap' && connection.accessToken.split('.').length === 3) {
    chosenTransport = 'rest'
    notes.push('The org issues JWT-format access tokens, which SOAP refuses; using REST.')
  }
  const api =
    chosenTransport === 'soap'
      ? createSoapMetadataApi(caller, chosen.version)
      : createRestMetadataApi(caller, chosen.version)
  for (const note of notes) deps.logger.info(note)
  // JWT sign-in tries several login host and audience pairs; say which one the org accepted.
  const via = connection.signedInWith
    ? ` via ${connection.signedInWith.loginUrl}, audience ${connection.signedInWith.audience}`
    : ''
  deps.logger.info(`Signed in to ${connection.instanceUrl}${via} (API ${chosen.version}).`)
  return { connection, apiVersion: chosen.version, api, notes, caller }
}

/** Turns a failure to reach the org at sign-in into a message naming the input to check. */
function explainUnreachable(error: unknown, auth: AuthSettings): unknown {
  if (!(error instanceof TransientError)) return error
  const input =
    auth.kind === 'access-token'
      ? 'instance-url'
      : auth.kind === 'jwt'
        ? 'login-url'
        : 'the host in auth-url'
  return new ActionError(
    `Could not reach the org to sign in (${error.message}). Check ${input}, and that the runner can reach Salesforce.`
  )
}

/** The I/O a sign-in needs; post steps pass a shorter HTTP timeout. */
export interface ConnectIo {
  http: HttpTransport
  clock: Clock
  logger: Logger
}

/**
 * Signs in with the run's settings: their credentials and API version, the runner's log, and
 * every new access token masked at once. The one way steps and post steps reach the org.
 */
export function connectForRun(
  settings: BaseSettings & { auth?: AuthSettings },
  io: ConnectIo,
  transport: ApiTransport,
  packageApiVersion?: string
): Promise<OrgSession & { caller: OrgCaller }> {
  if (!settings.auth) {
    throw new ActionError(
      `mode ${settings.mode} signs in to the org: give auth-url, jwt-key or access-token.`
    )
  }
  return connectToOrg(
    {
      auth: settings.auth,
      ...(settings.apiVersion ? { requestedApiVersion: settings.apiVersion } : {}),
      http: io.http,
      clock: io.clock,
      logger: io.logger,
      // The redactor masks each value on the runner as it learns it (the shell wired that up).
      maskToken: (token) => secrets.add(token),
      allowCustomInstanceHost: settings.allowCustomInstanceHost
    },
    transport,
    packageApiVersion
  )
}

/** A post step's I/O: what the test passed, else real HTTP with a short timeout (the job is ending). */
export function postIo(deps: Partial<ConnectIo> & { logger: Logger }): ConnectIo {
  return {
    http: deps.http ?? createUndiciTransport(POST_STEP_TIMEOUT_MS),
    clock: deps.clock ?? systemClock,
    logger: deps.logger
  }
}

// A cancelled job gives its post step little time; a slow org must not hold it.
const POST_STEP_TIMEOUT_MS = 30_000
