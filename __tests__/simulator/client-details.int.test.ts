/**
 * Client details a wire audit found fragile, checked against the simulator: rotated refresh
 * tokens, the JWT (login URL, audience) pairs of sfdx-core, auth URLs with a query string,
 * pretty-printed empty SOAP bodies, Tooling field lists without spaces, and a refused abort that
 * is reported loudly while the container is still deleted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseSfdxAuthUrl } from '../../src/auth/credentials.ts'
import { Session } from '../../src/auth/session.ts'
import { authenticate, jwtAttempts } from '../../src/auth/token-client.ts'
import type { HttpTransport } from '../../src/http/transport.ts'
import { createUndiciTransport } from '../../src/http/undici-transport.ts'
import { parseSoapResponse } from '../../src/metadata-api/soap/parse.ts'
import type { AuthSettings } from '../../src/settings/settings.ts'
import { ApiError } from '../../src/shared/errors.ts'
import { abortCompile } from '../../src/tooling/abort-compile.ts'
import { createContainerClient } from '../../src/tooling/container-client.ts'
import { type Simulator, startSimulator } from '../../simulator/index.ts'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const clock = { now: () => Date.now(), sleep: async () => {} }

function transport(): HttpTransport {
  return createUndiciTransport(10_000)
}

/** Sends login.salesforce.com and test.salesforce.com to the simulator, so nothing leaves 127.0.0.1. */
function rerouted(s: Simulator, inner: HttpTransport, seen: string[]): HttpTransport {
  return {
    ...inner,
    send: (request) => {
      seen.push(request.url)
      const url = request.url.replace(/^https:\/\/(login|test)\.salesforce\.com/, s.baseUrl)
      return inner.send({ ...request, url })
    }
  } as HttpTransport
}

describe('refresh token rotation', () => {
  it('uses the rotated refresh token for the next refresh', async () => {
    const s = (sim = await startSimulator())
    s.faults.rotateRefreshTokens()
    const parsed = parseSfdxAuthUrl(s.authUrl)
    if ('error' in parsed) throw new Error(parsed.error)
    const auth: AuthSettings = { kind: 'sfdx-url', ...parsed } as AuthSettings
    const http = transport()
    const first = await authenticate(auth, http, clock)
    expect(first.refreshToken).toMatch(/^5Aep861/)
    const masked: string[] = []
    const session = new Session(first, { auth, http, clock, onToken: (t) => masked.push(t) })
    const second = await session.refresh(first.accessToken)
    const third = await session.refresh(second.accessToken)
    expect(third.accessToken).not.toBe(second.accessToken)
    // Each rotated token was masked before use.
    expect(masked).toContain(first.refreshToken)
    // The token in the auth URL was spent by the first sign-in: reusing it fails.
    await expect(authenticate(auth, http, clock)).rejects.toThrow(/expired access\/refresh token/)
  })
})

describe('JWT sign-in pairs', () => {
  it('tries the pairs sfdx-core tries, never login with the test audience', () => {
    expect(jwtAttempts('https://acme.my.salesforce.com')).toEqual([
      { loginUrl: 'https://acme.my.salesforce.com', audience: 'https://acme.my.salesforce.com' },
      { loginUrl: 'https://acme.my.salesforce.com', audience: 'https://test.salesforce.com' },
      { loginUrl: 'https://acme.my.salesforce.com', audience: 'https://login.salesforce.com' },
      { loginUrl: 'https://test.salesforce.com', audience: 'https://test.salesforce.com' },
      { loginUrl: 'https://login.salesforce.com', audience: 'https://login.salesforce.com' }
    ])
    expect(jwtAttempts('https://login.salesforce.com')).toEqual([
      { loginUrl: 'https://login.salesforce.com', audience: 'https://login.salesforce.com' },
      { loginUrl: 'https://test.salesforce.com', audience: 'https://test.salesforce.com' }
    ])
    // A local org is never swapped for a public host.
    expect(jwtAttempts('http://127.0.0.1:6101').map((p) => p.loginUrl)).toEqual([
      'http://127.0.0.1:6101',
      'http://127.0.0.1:6101',
      'http://127.0.0.1:6101'
    ])
  })

  it('a sandbox user given login.salesforce.com signs in through test.salesforce.com, and says so', async () => {
    const s = (sim = await startSimulator({ profile: 'sandbox' }))
    const seen: string[] = []
    const auth = {
      kind: 'jwt',
      clientId: s.jwt.clientId,
      username: s.jwt.username,
      privateKeyPem: s.jwt.privateKeyPem,
      loginUrl: 'https://login.salesforce.com'
    } as unknown as AuthSettings
    const connection = await authenticate(auth, rerouted(s, transport(), seen), clock)
    expect(connection.signedInWith).toEqual({
      loginUrl: 'https://test.salesforce.com',
      audience: 'https://test.salesforce.com'
    })
    expect(seen).toEqual([
      'https://login.salesforce.com/services/oauth2/token',
      'https://test.salesforce.com/services/oauth2/token'
    ])
  })
})

describe('small wire details', () => {
  it('accepts SFDX auth URLs with a query string or fragment, as sfdx-core does', () => {
    for (const url of [
      'force://PlatformCLI::5Aep861abc@acme.my.salesforce.com?lang=en',
      'force://PlatformCLI::5Aep861abc@acme.my.salesforce.com#x',
      'force://PlatformCLI::5Aep861abc@acme.my.salesforce.com/path?q=1'
    ]) {
      expect(parseSfdxAuthUrl(url)).toMatchObject({
        refreshToken: '5Aep861abc',
        loginUrl: 'https://acme.my.salesforce.com'
      })
    }
    expect(parseSfdxAuthUrl('force://PlatformCLI::5Aep861abc@')).toHaveProperty('error')
  })

  it('parses pretty-printed empty SOAP response and result elements', () => {
    const envelope = (inner: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="http://soap.sforce.com/2006/04/metadata">\n  <soapenv:Body>\n    ${inner}\n  </soapenv:Body>\n</soapenv:Envelope>\n`
    for (const inner of [
      '<listMetadataResponse/>',
      '<listMetadataResponse>\n    </listMetadataResponse>',
      '<listMetadataResponse>\n      <result>\n      </result>\n    </listMetadataResponse>'
    ]) {
      expect(parseSoapResponse(envelope(inner))).toEqual({ kind: 'result', result: undefined })
    }
  })

  it('sends Tooling field lists without spaces', async () => {
    const urls: string[] = []
    const rest = {
      base: (tooling?: boolean) =>
        `http://127.0.0.1:1/services/data/v66.0${tooling ? '/tooling' : ''}`,
      get: async (url: string) => {
        urls.push(url)
        return { Id: '1dr', State: 'Queued' }
      }
    }
    await createContainerClient(rest as never).readRequest('1drX')
    const fields = new URL(urls[0] ?? '').searchParams.get('fields') ?? ''
    expect(fields).toBe('Id,State,ErrorMsg,DeployDetails,MetadataContainerId,IsCheckOnly')
    expect(urls[0]).not.toMatch(/%20| /)
  })

  it('reports a refused abort loudly as "not aborted" and still deletes the container', async () => {
    const logger = { info: vi.fn(), warning: vi.fn(), debug: vi.fn() }
    const deleteContainer = vi.fn(async () => {})
    await abortCompile(
      { containerId: '1dcX', requestId: '1drX' },
      {
        abortRequest: async () => {
          throw new ApiError('INVALID_FIELD_FOR_INSERT_UPDATE', 'Unable to update State', 400)
        },
        deleteContainer
      },
      logger as never
    )
    expect(logger.warning).toHaveBeenCalledWith(
      expect.stringMatching(/ContainerAsyncRequest 1drX was NOT aborted: .*Unable to update State/)
    )
    expect(deleteContainer).toHaveBeenCalledWith('1dcX')
    expect(logger.info).toHaveBeenCalledWith('Deleted MetadataContainer 1dcX.')
  })
})
