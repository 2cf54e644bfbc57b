/**
 * Artifact downloads are answered by the GitHub API with a redirect to signed blob storage on
 * another host. The client follows it, and must not take the GitHub token along: fetch drops the
 * Authorization header when a redirect changes origin. This pins that for the client the action
 * builds (docs/security.md, "The session goes only to the org").
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createOctokit } from '../../src/action/github/octokit.ts'

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

describe('artifact download redirect', () => {
  const servers: Server[] = []
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    servers.length = 0
  })

  it('reaches the blob host without the GitHub token', async () => {
    const seen: IncomingHttpHeaders[] = []
    const blob = createServer((req, res) => {
      seen.push(req.headers)
      res.writeHead(200, { 'content-type': 'application/zip' })
      res.end(Buffer.from('PK-bytes'))
    })
    servers.push(blob)
    const blobPort = await listen(blob)
    const api = createServer((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${blobPort}/signed?sig=abc` })
      res.end()
    })
    servers.push(api)
    const apiPort = await listen(api)
    const token = 'ghs_0123456789abcdefghijklmnopqrstuvwxyz'
    const client = createOctokit(token, { GITHUB_API_URL: `http://127.0.0.1:${apiPort}` })
    const response = await client.rest.actions.downloadArtifact({
      owner: 'o',
      repo: 'r',
      artifact_id: 1,
      archive_format: 'zip'
    })
    expect(Buffer.from(response.data as ArrayBuffer).toString()).toBe('PK-bytes')
    expect(seen).toHaveLength(1)
    expect(seen[0]?.authorization).toBeUndefined()
    expect(JSON.stringify(seen)).not.toContain(token)
  })
})
