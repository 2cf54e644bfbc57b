import type { Session } from '../auth/session.ts'
import type { OrgConnection } from '../auth/token-client.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from '../http/transport.ts'
import { AuthError } from '../shared/errors.ts'

/**
 * Sends requests to the org with the current token, and on an expired session signs in again once
 * and repeats the call. The URL is always built from the session's instance URL, so the token
 * goes nowhere else.
 */
export class OrgCaller {
  private readonly session: Session
  private readonly http: HttpTransport

  constructor(session: Session, http: HttpTransport) {
    this.session = session
    this.http = http
  }

  get connection(): OrgConnection {
    return this.session.connection
  }

  async send(
    build: (connection: OrgConnection) => HttpRequest,
    isSessionExpired: (response: HttpResponse) => boolean
  ): Promise<HttpResponse> {
    const first = this.session.connection
    const response = await this.http.send(build(first))
    if (!isSessionExpired(response)) return response
    const renewed = await this.session.refresh(first.accessToken)
    const retried = await this.http.send(build(renewed))
    if (isSessionExpired(retried)) {
      throw new AuthError(
        "The org rejected the session again right after signing in; check the user's API access."
      )
    }
    return retried
  }
}
