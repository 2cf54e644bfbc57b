/**
 * Access and refresh tokens. Access tokens look like classic org session ids
 * (`<15-char org id>!AQ…`); they can be expired all at once or at a given simulated time, which
 * makes the next call fail with INVALID_SESSION_ID (SOAP) or 401 (REST).
 */
import { randomBytes } from 'node:crypto'
import type { OrgUser } from '../org/org-state.ts'

/** One access-token session. */
export interface Session {
  token: string
  user: OrgUser
  issuedAt: number
}

/** A refresh token and what it is bound to. */
export interface RefreshGrant {
  user: OrgUser
  clientId: string
}

/** Token store of the simulated org. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()
  private readonly refreshTokens = new Map<string, RefreshGrant>()
  private readonly orgId15: string
  private readonly now: () => number
  /** Scheduled expiry: once the clock reaches it, every session issued so far dies. */
  private expireAt: number | undefined

  constructor(orgId: string, now: () => number) {
    this.orgId15 = orgId.slice(0, 15)
    this.now = now
  }

  private applyScheduledExpiry(): void {
    if (this.expireAt !== undefined && this.now() >= this.expireAt) {
      this.sessions.clear()
      this.expireAt = undefined
    }
  }

  /** Issues a new access token. */
  issue(user: OrgUser): string {
    this.applyScheduledExpiry()
    const token = `${this.orgId15}!AQ${randomBytes(72).toString('base64url').replace(/[-_]/g, 'x')}`
    this.sessions.set(token, { token, user, issuedAt: this.now() })
    return token
  }

  /** Issues a refresh token (`5Aep861…`). */
  issueRefresh(user: OrgUser, clientId: string): string {
    const token = `5Aep861${randomBytes(48).toString('base64url').replace(/[-_]/g, 'x')}`
    this.refreshTokens.set(token, { user, clientId })
    return token
  }

  /** The live session of a token, if any. */
  lookup(token: string | undefined): Session | undefined {
    this.applyScheduledExpiry()
    return token ? this.sessions.get(token) : undefined
  }

  /** Refresh grant of a refresh token. */
  refresh(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token)
  }

  /** Expires every access token issued so far (refresh tokens stay valid). */
  expireAll(): void {
    this.sessions.clear()
  }

  /** Expires every access token issued before the clock reaches `at`. */
  expireAllAt(at: number): void {
    this.expireAt = at
  }

  /** Revokes one refresh token. */
  revokeRefresh(token: string): void {
    this.refreshTokens.delete(token)
  }
}
