import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'

/** A local HTTP server that records requests and answers with `reply`. */
async function localServer(
  reply: (url: string) => { status: number; headers?: Record<string, string>; body?: string }
): Promise<{ server: Server; url: string; seen: { url: string; authorization?: string }[] }> {
  const seen: { url: string; authorization?: string }[] = []
  const server = createServer((req, res) => {
    seen.push({
      url: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    const r = reply(req.url ?? '')
    res.writeHead(r.status, r.headers ?? {})
    res.end(r.body ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()))

describe('security', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  scenario('S01', 'the token is never sent to another host, redirects included', async () => {
    const evil = await localServer(() => ({ status: 200, body: '[]' }))
    const redirector = await localServer((url) => ({
      status: 307,
      headers: { location: `${evil.url}${url}` }
    }))
    try {
      const run = await runAction(
        sim,
        { 'access-token': sim.accessToken, 'instance-url': redirector.url },
        { workspace: passingProject() }
      )
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: /redirect, which is not followed/,
        fix: /My Domain URL/
      })
      expect(redirector.seen.length).toBeGreaterThan(0)
      expect(evil.seen).toHaveLength(0)
    } finally {
      await close(evil.server)
      await close(redirector.server)
    }
  })

  scenario('S02', 'a response with a DOCTYPE is refused, not parsed', async () => {
    const entityBomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><checkDeployStatusResponse><result><id>&lol2;</id></result></checkDeployStatusResponse></soapenv:Body></soapenv:Envelope>'
    sim.faults.add({
      operation: 'checkDeployStatus',
      kind: 'http',
      status: 200,
      body: entityBomb,
      contentType: 'text/xml;charset=UTF-8',
      times: Infinity
    })
    const run = await runAction(
      sim,
      { api: 'soap', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, { orgFailed: true, cause: /DOCTYPE declaration is refused/ })
    expect(run.outputs['deploy-id']).toBe(sim.deploys[0]?.id)
  })

  scenario('S03', 'a DOCTYPE in a source file stops the build and names the file', async () => {
    const workspace = passingProject({
      'force-app/main/default/objects/Invoice__c/fields/Total__c.field-meta.xml':
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>&e;</label>\n</CustomField>\n'
    })
    const run = await runAction(sim, {}, { workspace })
    expectInvariants(run, sim, { orgFailed: true, cause: /Total__c\.field-meta\.xml/ })
    expect(run.failure).toMatch(/DOCTYPE/)
    expect(sim.deploys).toHaveLength(0)
  })

  scenario('S04', 'zip entries that climb out of the package are refused', async () => {
    const workspace = passingProject()
    const zip = new JSZip()
    zip.file(
      'package.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>Evil</members><name>ApexClass</name></types><version>62.0</version></Package>\n'
    )
    zip.file('../classes/Evil.cls', 'public class Evil {}')
    writeFileSync(path.join(workspace, 'bad.zip'), await zip.generateAsync({ type: 'uint8array' }))
    const run = await runAction(sim, { 'metadata-dir': 'bad.zip' }, { workspace })
    expectInvariants(run, sim, { orgFailed: true, cause: /\.\.\/classes\/Evil\.cls/ })
    expect(sim.deploys).toHaveLength(0)
  })

  scenario(
    'S28',
    'metadata-dir: . never packages .git, where the checkout keeps its token',
    async () => {
      const workspace = mkdtempSync(path.join(tmpdir(), 'metadata-dir-root-'))
      writeFileSync(
        path.join(workspace, 'package.xml'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>Plain</members><name>ApexClass</name></types><version>62.0</version></Package>\n'
      )
      mkdirSync(path.join(workspace, 'classes'))
      writeFileSync(path.join(workspace, 'classes', 'Plain.cls'), 'public class Plain {}')
      writeFileSync(
        path.join(workspace, 'classes', 'Plain.cls-meta.xml'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
      )
      // What actions/checkout leaves behind: the token in .git/config.
      execFileSync('git', ['init', '-q', workspace])
      const header = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX1NFQ1JFVA=='
      execFileSync('git', [
        '-C',
        workspace,
        'config',
        'http.https://github.com/.extraheader',
        header
      ])
      const run = await runAction(sim, { 'metadata-dir': '.' }, { workspace })
      const files = [...(sim.deploys[0]?.files.keys() ?? [])]
      expect(files.length).toBeGreaterThan(0)
      expect(
        files.filter((f) => f === '.git' || f.startsWith('.git/') || f.includes('/.git/'))
      ).toEqual([])
      expect(
        JSON.stringify(
          [...(sim.deploys[0]?.files.values() ?? [])].map((b) => Buffer.from(b).toString('latin1'))
        )
      ).not.toContain('eC1hY2Nlc3MtdG9rZW46')
      expect(run.summary).not.toContain('.git/config')
    }
  )

  scenario('S05', 'annotations point only at files inside the workspace', async () => {
    const workspace = passingProject({
      'force-app/main/default/classes/InvoiceService.cls':
        'public class InvoiceService {\n    Integer x = 1\n}\n'
    })
    const run = await runAction(sim, {}, { workspace })
    expectInvariants(run, sim, { orgFailed: true })
    const files = run.commands.flatMap((c) => /file=([^,:]+)/.exec(c)?.slice(1) ?? [])
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      expect(path.isAbsolute(file)).toBe(false)
      expect(path.normalize(file).startsWith('..')).toBe(false)
    }
  })
})
