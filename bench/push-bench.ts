// Push-upgrade benchmark: a simulated push to 2,000, 10,000 and 20,000 subscriber orgs, each in
// its own process (clean peak memory), through the real orchestrator and REST client against the
// simulator. It reports API calls by kind and shows that they follow the number of 200-record
// batches (and 2,000-row query pages), not orgs × polls. Jobs run in 40 waves of one minute
// whatever the size, so every push takes the same simulated time and the same number of polls.
import { execFileSync } from 'node:child_process'
import { Session } from '../src/auth/session.ts'
import { createUndiciTransport } from '../src/http/undici-transport.ts'
import { OrgCaller } from '../src/metadata-api/org-caller.ts'
import { createPushClient } from '../src/push-upgrade/push-client.ts'
import { pushUpgrade } from '../src/push-upgrade/push-upgrade.ts'
import { createSalesforceRest } from '../src/salesforce-rest/rest-client.ts'
import type { PushSettings } from '../src/push-upgrade/push-request.ts'
import { MemoryLogger } from '../src/shared/logger.ts'
import { startSimulator } from '../simulator/index.ts'
import { pushController } from '../simulator/push/index.ts'

const SIZES = [2_000, 10_000, 20_000]
const WAVES = 40
const JOB_MS = 60_000

/** API calls of a push by purpose. */
interface CallKinds {
  jobBatches: number
  subscriberPages: number
  pollReads: number
  pollCounts: number
  failurePages: number
  /** Package and version lookups, request creation, Pending. */
  setup: number
  other: number
}

/** Sorts recorded requests by purpose; a queryMore page belongs to the query before it. */
function classify(requests: { operation: string; query: Record<string, string> }[]): CallKinds {
  const kinds: CallKinds = {
    jobBatches: 0,
    subscriberPages: 0,
    pollReads: 0,
    pollCounts: 0,
    failurePages: 0,
    setup: 0,
    other: 0
  }
  let last: keyof CallKinds = 'other'
  for (const r of requests) {
    const soql = r.query['q'] ?? ''
    let kind: keyof CallKinds = 'other'
    if (r.operation === 'createPushJobs') kind = 'jobBatches'
    else if (r.operation === 'readPushRequest') kind = 'pollReads'
    else if (r.operation === 'queryMore') kind = last
    else if (/GROUP BY Status/.test(soql)) kind = 'pollCounts'
    else if (/FROM PackageSubscriber/.test(soql)) kind = 'subscriberPages'
    else if (/FROM PackagePushJob .*Status = 'Failed'/.test(soql)) kind = 'failurePages'
    else if (
      /FROM MetadataPackage/.test(soql) ||
      r.operation === 'createPushRequest' ||
      r.operation === 'updatePushRequest'
    )
      kind = 'setup'
    kinds[kind]++
    if (r.operation === 'query') last = kind
  }
  return kinds
}

/** What one child process measures. */
interface PushRun {
  orgs: number
  scheduled: number
  failed: number
  calls: CallKinds
  total: number
  polls: number
  wallMs: number
  /** User + system CPU of the process (simulator included) during the push. */
  cpuMs: number
  simulatedMinutes: number
  baselineRssMb: number
  peakRssMb: number
  peakHeapMb: number
}

/** Runs one push in this process and returns the measurements. */
export async function measurePush(orgs: number): Promise<PushRun> {
  const sim = await startSimulator()
  try {
    const push = pushController(sim.context)
    push.reseed({ subscribers: orgs, mix: 'all-eligible', failureRate: 0.03 })
    Object.assign(push.scenario, { concurrency: Math.ceil(orgs / WAVES), jobMs: JOB_MS })
    const http = createUndiciTransport()
    const clock = { now: () => sim.clock.now(), sleep: (ms: number) => sim.clock.advance(ms) }
    const auth = {
      kind: 'access-token' as const,
      accessToken: sim.accessToken,
      instanceUrl: sim.baseUrl
    }
    const session = new Session(
      { instanceUrl: sim.baseUrl, accessToken: sim.accessToken },
      { auth, http, clock, onToken: () => {} }
    )
    const api = createPushClient(createSalesforceRest(new OrgCaller(session, http), '66.0'))
    const settings: PushSettings = {
      target: { kind: 'version-id', versionId: push.versionId('2.0') },
      selection: { kind: 'all' },
      excludeOrgs: [],
      orgTypes: ['Production', 'Sandbox'],
      orgStatuses: ['Active', 'Demo', 'Free', 'Trial'],
      maxOrgs: orgs,
      dryRun: false,
      failThreshold: 5
    }
    global.gc?.()
    const baselineRss = process.memoryUsage().rss
    let peakHeap = process.memoryUsage().heapUsed
    let peakRss = baselineRss
    const sampler = setInterval(() => {
      const m = process.memoryUsage()
      peakHeap = Math.max(peakHeap, m.heapUsed)
      peakRss = Math.max(peakRss, m.rss)
    }, 10)
    const firstRequest = sim.requests.length
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const simStart = sim.clock.now()
    const outcome = await pushUpgrade(settings, 6 * 3_600_000, {
      api,
      clock,
      logger: new MemoryLogger(),
      apiVersion: '66.0',
      onRequestId: () => {}
    })
    const wallMs = performance.now() - started
    const cpu = process.cpuUsage(cpuBefore)
    clearInterval(sampler)
    const calls = classify(sim.requests.slice(firstRequest))
    const m = process.memoryUsage()
    return {
      orgs,
      scheduled: outcome.scheduledCount,
      failed: outcome.counts.failed,
      calls,
      total: sim.requests.length - firstRequest,
      polls: calls.pollReads,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      simulatedMinutes: (sim.clock.now() - simStart) / 60_000,
      baselineRssMb: baselineRss / 2 ** 20,
      peakRssMb: Math.max(peakRss, m.rss) / 2 ** 20,
      peakHeapMb: Math.max(peakHeap, m.heapUsed) / 2 ** 20
    }
  } finally {
    await sim.close()
  }
}

function runChild(orgs: number): PushRun {
  const out = execFileSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings',
      '--expose-gc',
      import.meta.filename,
      '--child',
      String(orgs)
    ],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 }
  )
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as PushRun
}

const pad = (v: string | number, n: number): string => String(v).padStart(n)

/** Prints the benchmark table (one child process per size). */
export async function runPushBench(): Promise<void> {
  const runs = SIZES.map(runChild)
  console.log(
    'Push upgrade: simulated push, 3 % failing orgs, 40 one-minute waves of jobs (same simulated duration for every size)\n'
  )
  console.log(
    `${pad('orgs', 7)} ${pad('batches', 8)} ${pad('job calls', 9)} ${pad('subscriber pages', 16)} ${pad('polls', 6)} ${pad('poll calls', 10)} ${pad('failure pages', 13)} ${pad('setup', 6)} ${pad('API calls', 10)} ${pad('orgs×polls', 11)} ${pad('wall s', 7)} ${pad('cpu s', 6)} ${pad('RSS base→peak MB', 17)} ${pad('peak heap MB', 12)}`
  )
  for (const r of runs) {
    const c = r.calls
    console.log(
      `${pad(r.orgs, 7)} ${pad(Math.ceil(r.orgs / 200), 8)} ${pad(c.jobBatches, 9)} ${pad(c.subscriberPages, 16)} ${pad(r.polls, 6)} ${pad(c.pollReads + c.pollCounts, 10)} ${pad(c.failurePages, 13)} ${pad(c.setup, 6)} ${pad(r.total, 10)} ${pad(r.orgs * r.polls, 11)} ${pad((r.wallMs / 1000).toFixed(2), 7)} ${pad((r.cpuMs / 1000).toFixed(2), 6)} ${pad(`${r.baselineRssMb.toFixed(0)}→${r.peakRssMb.toFixed(0)}`, 17)} ${pad(r.peakHeapMb.toFixed(0), 12)}`
    )
    if (c.other > 0) console.log(`        (${c.other} other calls)`)
  }
  const [small, , large] = runs
  if (small && large) {
    const growth =
      (large.total - small.total) / (Math.ceil(large.orgs / 200) - Math.ceil(small.orgs / 200))
    console.log(
      `\nExtra API calls per extra 200-record batch (${small.orgs} → ${large.orgs} orgs): ${growth.toFixed(2)} (one job call plus a tenth of a 2,000-row subscriber page); polls: ${small.polls} → ${large.polls}.`
    )
    console.log(
      `Scheduled ${large.scheduled} of ${large.orgs}; ${large.failed} failed. Simulated push time ${large.simulatedMinutes.toFixed(0)} min. Memory is the whole process, simulator included; "base" is after seeding the simulator.`
    )
  }
}

if (process.argv[2] === '--child') {
  process.stdout.write(`${JSON.stringify(await measurePush(Number(process.argv[3])))}\n`)
} else if (import.meta.filename === process.argv[1]) {
  await runPushBench()
}
