/**
 * Re-runs named test methods through the Tooling API's asynchronous test runner: one POST to
 * `tooling/runTestsAsynchronous` (`{tests: [{className, testMethods}]}`, answered with the
 * AsyncApexJob id), ApexTestRunResult polled until the run ends, then one ApexTestResult query and
 * one ApexClass query to name the classes. The run tests the org's copy of each class.
 */
import type { SalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError } from '../shared/errors.ts'

/** A test to re-run. */
export interface RerunTest {
  className: string
  methodName: string
}

/** How one re-run method ended. */
export interface RerunOutcome extends RerunTest {
  outcome: 'Pass' | 'Fail' | 'CompileFail' | 'Skip' | 'Missing'
  message?: string
}

const TERMINAL = new Set(['Completed', 'Failed', 'Aborted'])
const POLL_MS = 2_000
const JOB_ID = /^707[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/

/** Groups methods by class, as the runner's body wants them. */
function body(tests: RerunTest[]): { tests: { className: string; testMethods: string[] }[] } {
  const byClass = new Map<string, string[]>()
  for (const t of tests)
    byClass.set(t.className, [...(byClass.get(t.className) ?? []), t.methodName])
  return {
    tests: [...byClass].map(([className, testMethods]) => ({ className, testMethods }))
  }
}

/** Runs the tests and waits for them, at most `maxWaitMs` of the clock. */
export async function rerunTests(
  rest: SalesforceRest,
  tests: RerunTest[],
  clock: Clock,
  maxWaitMs: number
): Promise<RerunOutcome[]> {
  const jobId = await rest.post<unknown>(`${rest.base(true)}/runTestsAsynchronous`, body(tests))
  if (typeof jobId !== 'string' || !JOB_ID.test(jobId))
    throw new ActionError(
      `The Tooling test runner answered without a job id (${JSON.stringify(jobId).slice(0, 80)}).`
    )
  const deadline = clock.now() + maxWaitMs
  for (;;) {
    const [run] = await rest.queryAll<{ Status: string }>(
      `SELECT Status FROM ApexTestRunResult WHERE AsyncApexJobId = '${jobId}'`,
      { tooling: true }
    )
    if (run && TERMINAL.has(run.Status)) break
    if (clock.now() >= deadline)
      throw new ActionError(`The test re-run ${jobId} did not finish within the wait limit.`)
    await clock.sleep(POLL_MS)
  }
  const rows = await rest.queryAll<{
    ApexClassId: string
    MethodName: string
    Outcome: RerunOutcome['outcome']
    Message: string | null
  }>(
    `SELECT ApexClassId, MethodName, Outcome, Message FROM ApexTestResult WHERE AsyncApexJobId = '${jobId}'`,
    { tooling: true }
  )
  const classIds = [...new Set(rows.map((r) => r.ApexClassId))].filter((id) =>
    /^[A-Za-z0-9]{15,18}$/.test(id)
  )
  const classes =
    classIds.length === 0
      ? []
      : await rest.queryAll<{ Id: string; Name: string }>(
          `SELECT Id, Name FROM ApexClass WHERE Id IN (${classIds.map((id) => `'${id}'`).join(', ')})`,
          { tooling: true }
        )
  const nameOf = new Map(classes.map((c) => [c.Id, c.Name.toLowerCase()]))
  return tests.map((t) => {
    const short = (t.className.split('.').pop() ?? t.className).toLowerCase()
    const row = rows.find(
      (r) =>
        nameOf.get(r.ApexClassId) === short &&
        r.MethodName.toLowerCase() === t.methodName.toLowerCase()
    )
    if (!row) return { ...t, outcome: 'Missing' as const }
    return { ...t, outcome: row.Outcome, ...(row.Message ? { message: row.Message } : {}) }
  })
}
