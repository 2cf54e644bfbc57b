// Flaky-test retry benchmark: the extra API calls one Tooling re-run of failed test methods costs
// (runTestsAsynchronous, ApexTestRunResult polls, ApexTestResult, ApexClass), for 1, 5 and 20
// methods, against the org simulator; a resubmitted validation adds one deploy and its polls.
import { Session } from '../src/auth/session.ts'
import type { HttpTransport } from '../src/http/transport.ts'
import { createUndiciTransport } from '../src/http/undici-transport.ts'
import { OrgCaller } from '../src/metadata-api/org-caller.ts'
import { createSalesforceRest } from '../src/salesforce-rest/rest-client.ts'
import { rerunTests } from '../src/test-run/tooling-runner.ts'
import { makeFlaky } from '../simulator/apex/flaky-tests.ts'
import { startSimulator } from '../simulator/index.ts'

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

function testClass(methods: number): string {
  const body = Array.from(
    { length: methods },
    (_, i) => `    @isTest\n    static void m${i}() {\n        Integer n = ${i};\n    }\n`
  ).join('\n')
  return `@isTest\nprivate class LockTest {\n${body}}\n`
}

async function callsFor(methods: number): Promise<{ calls: number; passed: number }> {
  const sim = await startSimulator({
    clock: 'virtual',
    seedFiles: new Map([
      ['classes/LockTest.cls', Buffer.from(testClass(methods))],
      ['classes/LockTest.cls-meta.xml', Buffer.from(META)]
    ])
  })
  try {
    for (let i = 0; i < methods; i++) makeFlaky(sim.context.org, `LockTest.m${i}`, { times: 0 })
    let calls = 0
    const inner = createUndiciTransport()
    const http: HttpTransport = {
      async send(request) {
        calls++
        return inner.send(request)
      }
    }
    const clock = { now: () => sim.clock.now(), sleep: (ms: number) => sim.clock.advance(ms) }
    const session = new Session(
      { instanceUrl: sim.baseUrl, accessToken: sim.accessToken },
      {
        auth: { kind: 'access-token', accessToken: sim.accessToken, instanceUrl: sim.baseUrl },
        http,
        clock,
        onToken: () => {}
      }
    )
    const rest = createSalesforceRest(new OrgCaller(session, http), '62.0')
    const tests = Array.from({ length: methods }, (_, i) => ({
      className: 'LockTest',
      methodName: `m${i}`
    }))
    const results = await rerunTests(rest, tests, clock, 600_000)
    return { calls, passed: results.filter((r) => r.outcome === 'Pass').length }
  } finally {
    await sim.close()
  }
}

export async function runRetryBench(): Promise<void> {
  console.log('| failed methods re-run | API calls | passed |')
  console.log('| --- | --- | --- |')
  for (const methods of [1, 5, 20]) {
    const { calls, passed } = await callsFor(methods)
    console.log(`| ${methods} | ${calls} | ${passed} |`)
  }
}

if (import.meta.main) await runRetryBench()
