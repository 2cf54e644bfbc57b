import type { HttpTransport } from '../http/transport.ts'
import type { AuthSettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { AuthError } from '../shared/errors.ts'
import { authenticate, type HostPolicy, type OrgConnection } from './token-client.ts'

/**
 * The current org connection, refreshable once per expiry. Concurrent callers that hit an expired
 * session share one refresh.
 */
export class Session {
  private current: OrgConnection
  private refreshing: Promise<OrgConnection> | undefined
  /** Sign-in settings; the refresh token is replaced when the org rotates it. */
  private auth: AuthSettings
  private readonly http: HttpTransport
  private readonly clock: Clock
  /** Called with each new access token so the runner can mask it. */
  private readonly onToken: (token: string) => void
  private readonly policy: HostPolicy

  constructor(
    connection: OrgConnection,
    deps: {
      auth: AuthSettings
      http: HttpTransport
      clock: Clock
      onToken: (token: string) => void
      policy?: HostPolicy
    }
  ) {
    this.current = connection
    this.auth = deps.auth
    this.http = deps.http
    this.clock = deps.clock
    this.onToken = deps.onToken
    this.policy = deps.policy ?? { allowCustomHost: false }
    this.keepRotatedRefreshToken(connection)
  }

  /** A connected app that rotates refresh tokens answers each refresh with a new one: use it next. */
  private keepRotatedRefreshToken(connection: OrgConnection): void {
    if (connection.refreshToken === undefined || this.auth.kind !== 'sfdx-url') return
    this.onToken(connection.refreshToken)
    this.auth = { ...this.auth, refreshToken: connection.refreshToken }
  }

  get connection(): OrgConnection {
    return this.current
  }

  /** True when the method can sign in again (not a bare access token). */
  get canRefresh(): boolean {
    return this.auth.kind !== 'access-token'
  }

  /** Signs in again after INVALID_SESSION_ID; `staleToken` avoids refreshing twice for one expiry. */
  async refresh(staleToken: string): Promise<OrgConnection> {
    if (this.current.accessToken !== staleToken) return this.current
    if (!this.canRefresh) {
      // INVALID_SESSION_ID is all the org says, for an expired or revoked session, one of another
      // org, and one used from another address when Session Settings lock sessions to their IP.
      // What was submitted goes on in the org; the deploy-id output lets a later step follow it.
      throw new AuthError(
        'The org refused the access token (INVALID_SESSION_ID), and an access token cannot be refreshed. ' +
          'The access token expired or was revoked, belongs to an org other than instance-url (give the instance URL ' +
          'the token was issued with, as `sf org display` shows it), or the org locks sessions to the IP address ' +
          'they started from (Setup > Session Settings). A deploy already submitted goes on in the org: follow it ' +
          'with mode: report and the deploy-id output (CLI: report --deploy-id <id>). ' +
          'Use auth-url or jwt-key so the action can sign in again.'
      )
    }
    this.refreshing ??= authenticate(this.auth, this.http, this.clock, this.policy).finally(() => {
      this.refreshing = undefined
    })
    const next = await this.refreshing
    this.onToken(next.accessToken)
    this.keepRotatedRefreshToken(next)
    this.current = { ...next, orgId: next.orgId ?? this.current.orgId }
    return this.current
  }
}
