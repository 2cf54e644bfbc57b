/**
 * The Tooling test runner (`POST tooling/runTestsAsynchronous`) and the objects a client reads the
 * run back from (ApexTestRunResult, ApexTestResult), plus the test suites of the org
 * (ApexTestSuite, TestSuiteMembership) derived from its ApexTestSuite metadata.
 *
 * Shapes follow the Tooling API reference ("Run Unit Tests Asynchronously": the body is either
 * `{classNames|classids|suiteNames|suiteids: "a,b", testLevel?}` or `{tests: [{className|classId,
 * testMethods?}]}`; the answer is the AsyncApexJob id as a JSON string) and the object reference
 * of ApexTestRunResult (AsyncApexJobId, Status, ClassesEnqueued/Completed,
 * MethodsEnqueued/Completed/Failed, StartTime, EndTime, TestTime) and ApexTestResult
 * (AsyncApexJobId, ApexClassId, MethodName, Outcome Pass|Fail|CompileFail|Skip, Message,
 * StackTrace, RunTime). Tests run with the Apex rules of ../apex/test-rules.ts against the
 * org's classes; flaky methods (../apex/flaky-tests.ts) use up one failure per run.
 */
import { consumeFlake } from '../apex/flaky-tests.ts'
import { testMethodsOf } from '../apex/test-rules.ts'
import type { SimContext } from '../core/context.ts'
import type { SimRequest, SimResponse } from '../core/route.ts'
import type { OrgComponent } from '../org/org-state.ts'
import { dataRoute, isResponse, json, restError } from '../rest/rest-kit.ts'
import { body } from './tooling-http.ts'

type Row = Record<string, unknown>

interface TestRun {
  jobId: string
  runResultId: string
  submittedAt: number
  endsAt: number
  classIds: string[]
  results: Row[]
}

/** Test runs and their counts, kept in `sim.extensions` under `tooling-test-runs`. */
export interface TestRunState {
  runs: TestRun[]
  /** Every runTestsAsynchronous body received, in order (for assertions). */
  requests: unknown[]
}

const KEY = 'tooling-test-runs'
// A run waits this long in the Apex job queue before its first class starts (simulated ms).
const QUEUE_MS = 500
const CLASS_SETUP_MS = 150

export function testRunState(sim: SimContext): TestRunState {
  let state = sim.extensions.get(KEY) as TestRunState | undefined
  if (!state) {
    state = { runs: [], requests: [] }
    sim.extensions.set(KEY, state)
  }
  return state
}

function orgClass(sim: SimContext, name: string): OrgComponent | undefined {
  const short = (name.split('.').pop() ?? name).toLowerCase()
  return sim.org.list().find((c) => c.type === 'ApexClass' && c.fullName.toLowerCase() === short)
}

function suiteClasses(suite: OrgComponent): string[] {
  const xml = suite.files.get(suite.mainFile)?.toString('utf8') ?? ''
  return [...xml.matchAll(/<testClassName>\s*([^<\s]+)\s*<\/testClassName>/g)].map(
    (m) => m[1] as string
  )
}

function csv(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : []
}

/** The classes (and methods) a request names, or the 400 answer. */
function requestedTests(
  sim: SimContext,
  b: Record<string, unknown>
): { cls: OrgComponent; methods?: string[] }[] | SimResponse {
  const wanted: { name: string; methods?: string[] }[] = []
  if (Array.isArray(b.tests)) {
    for (const item of b.tests as Row[]) {
      const byId = sim.org.list().find((c) => c.id === item.classId)
      const name = typeof item.className === 'string' ? item.className : byId?.fullName
      const methods = Array.isArray(item.testMethods) ? item.testMethods.map(String) : undefined
      wanted.push({ name: name ?? String(item.classId ?? ''), ...(methods ? { methods } : {}) })
    }
  }
  for (const name of csv(b.classNames)) wanted.push({ name })
  for (const id of csv(b.classids))
    wanted.push({ name: sim.org.list().find((c) => c.id === id)?.fullName ?? id })
  for (const suiteName of csv(b.suiteNames)) {
    const suite = sim.org.get('ApexTestSuite', suiteName)
    if (!suite) return restError(400, 'INVALID_INPUT', `Invalid suite name: ${suiteName}`)
    for (const name of suiteClasses(suite)) wanted.push({ name })
  }
  if (wanted.length === 0)
    return restError(400, 'INVALID_INPUT', 'No test classes or suites were specified')
  const out: { cls: OrgComponent; methods?: string[] }[] = []
  for (const w of wanted) {
    const cls = orgClass(sim, w.name)
    if (!cls) return restError(400, 'INVALID_INPUT', `Invalid class name: ${w.name}`)
    out.push({ cls, ...(w.methods ? { methods: w.methods } : {}) })
  }
  return out
}

function startRun(req: SimRequest, sim: SimContext): SimResponse {
  const b = body(req)
  if (isResponse(b)) return b
  const state = testRunState(sim)
  state.requests.push(b)
  const tests = requestedTests(sim, b)
  if (isResponse(tests)) return tests
  const jobId = sim.ids.next('707')
  const now = sim.clock.now()
  let elapsed = QUEUE_MS
  const results: Row[] = []
  for (const { cls, methods } of tests) {
    elapsed += CLASS_SETUP_MS
    const source = cls.files.get(cls.mainFile)?.toString('utf8') ?? ''
    const wantedMethods = methods?.map((m) => m.toLowerCase())
    for (const method of testMethodsOf(cls.fullName, source)) {
      if (wantedMethods && !wantedMethods.includes(method.methodName.toLowerCase())) continue
      elapsed += method.durationMs
      const flake = method.failure
        ? undefined
        : consumeFlake(sim.org, cls.fullName, method.methodName)
      const message = method.failure?.message ?? flake
      const line = method.failure?.line ?? 1
      results.push({
        Id: sim.ids.next('07M'),
        AsyncApexJobId: jobId,
        ApexClassId: cls.id,
        MethodName: method.methodName,
        Outcome: message ? 'Fail' : 'Pass',
        Message: message ?? null,
        StackTrace: message
          ? `Class.${cls.fullName}.${method.failure?.method ?? method.methodName}: line ${line}, column 1`
          : null,
        RunTime: method.durationMs,
        TestTimestamp: new Date(now + elapsed).toISOString()
      })
    }
  }
  state.runs.push({
    jobId,
    runResultId: sim.ids.next('05m'),
    submittedAt: now,
    endsAt: now + elapsed,
    classIds: [...new Set(tests.map((t) => t.cls.id))],
    results
  })
  // The answer is the job id alone, as a JSON string.
  return json(200, jobId)
}

function runResultRow(run: TestRun, now: number): Row {
  const done = now >= run.endsAt
  const failed = run.results.filter((r) => r.Outcome === 'Fail').length
  return {
    Id: run.runResultId,
    AsyncApexJobId: run.jobId,
    Status: done ? 'Completed' : now >= run.submittedAt + QUEUE_MS ? 'Processing' : 'Queued',
    ClassesEnqueued: run.classIds.length,
    ClassesCompleted: done ? run.classIds.length : 0,
    MethodsEnqueued: run.results.length,
    MethodsCompleted: done ? run.results.length : 0,
    MethodsFailed: done ? failed : 0,
    StartTime: new Date(run.submittedAt).toISOString(),
    EndTime: done ? new Date(run.endsAt).toISOString() : null,
    TestTime: done ? run.endsAt - run.submittedAt : null
  }
}

/** Query sources for tooling-query.ts: the test-run objects and the org's test suites. */
export const TEST_RUN_SOURCES: Record<
  string,
  { fields: string[]; rows: (sim: SimContext) => Row[] }
> = {
  apextestrunresult: {
    fields: [
      'Id',
      'AsyncApexJobId',
      'Status',
      'ClassesEnqueued',
      'ClassesCompleted',
      'MethodsEnqueued',
      'MethodsCompleted',
      'MethodsFailed',
      'StartTime',
      'EndTime',
      'TestTime'
    ],
    rows: (sim) => testRunState(sim).runs.map((run) => runResultRow(run, sim.clock.now()))
  },
  apextestresult: {
    fields: [
      'Id',
      'AsyncApexJobId',
      'ApexClassId',
      'MethodName',
      'Outcome',
      'Message',
      'StackTrace',
      'RunTime',
      'TestTimestamp'
    ],
    // Results appear once the run is over (a method's row is written when its class ends).
    rows: (sim) =>
      testRunState(sim)
        .runs.filter((run) => sim.clock.now() >= run.endsAt)
        .flatMap((run) => run.results)
  },
  apextestsuite: {
    fields: ['Id', 'TestSuiteName'],
    rows: (sim) =>
      sim.org
        .list()
        .filter((c) => c.type === 'ApexTestSuite')
        .map((c) => ({ Id: c.id, TestSuiteName: c.fullName }))
  },
  testsuitemembership: {
    fields: ['Id', 'ApexTestSuiteId', 'ApexClassId'],
    rows: (sim) =>
      sim.org
        .list()
        .filter((c) => c.type === 'ApexTestSuite')
        .flatMap((suite) =>
          suiteClasses(suite).flatMap((name) => {
            const cls = orgClass(sim, name)
            return cls
              ? [
                  {
                    Id: `${suite.id.slice(0, 9)}${cls.id.slice(-9)}`,
                    ApexTestSuiteId: suite.id,
                    ApexClassId: cls.id
                  }
                ]
              : []
          })
        )
  }
}

/** The runner's route; TOOLING_ROUTES includes it. */
export const TEST_RUN_ROUTES = [
  dataRoute(
    'tooling run tests asynchronous',
    ['POST'],
    'tooling/runTestsAsynchronous',
    'runTestsAsynchronous',
    (req, sim) => startRun(req, sim)
  )
]
