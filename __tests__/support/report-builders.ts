/**
 * Builders for report tests: a converter from recorded `sf … --json` output to the normalised
 * DeployResult, deterministic large results (1,000 tests, 500 classes, many failures), and a
 * resolver over a fake repository index.
 */
import type {
  ComponentMessage,
  CoverageResult,
  DeployResult,
  TestResult
} from '../../src/model/deploy-result.ts'
import type { ReportInput } from '../../src/report/report-model.ts'

type Json = Record<string, unknown>

const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : v ? [v as Json] : [])
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0))
const bool = (v: unknown): boolean => v === true || v === 'true'
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const date = (v: unknown): Date | undefined =>
  typeof v === 'string' ? new Date(v.replace(/\+0000$/, 'Z')) : undefined

/** Converts `sf project deploy start|validate --json` output to the model (test-only converter). */
export function fromSfCliJson(json: unknown): DeployResult {
  const r = (json as { result: Json }).result
  const details = (r.details ?? {}) as Json
  const run = details.runTestResult as Json | undefined
  const result: DeployResult = {
    id: String(r.id),
    status: String(r.status),
    done: bool(r.done),
    success: bool(r.success),
    checkOnly: bool(r.checkOnly),
    ignoreWarnings: bool(r.ignoreWarnings),
    rollbackOnError: bool(r.rollbackOnError),
    runTestsEnabled: bool(r.runTestsEnabled),
    numberComponentsTotal: num(r.numberComponentsTotal),
    numberComponentsDeployed: num(r.numberComponentsDeployed),
    numberComponentErrors: num(r.numberComponentErrors),
    numberTestsTotal: num(r.numberTestsTotal),
    numberTestsCompleted: num(r.numberTestsCompleted),
    numberTestErrors: num(r.numberTestErrors),
    details: {
      componentSuccesses: asArray(details.componentSuccesses).map(toMessage),
      componentFailures: asArray(details.componentFailures).map(toMessage),
      ...(run && num(run.numTestsRun) + asArray(run.codeCoverage).length > 0
        ? { runTestResult: toRun(run) }
        : {})
    }
  }
  for (const key of ['createdDate', 'startDate', 'completedDate', 'lastModifiedDate'] as const) {
    const d = date(r[key])
    if (d) result[key] = d
  }
  if (str(r.errorMessage)) result.errorMessage = String(r.errorMessage)
  if (str(r.errorStatusCode)) result.errorStatusCode = String(r.errorStatusCode)
  return result
}

function toMessage(m: Json): ComponentMessage {
  return {
    componentType: typeof m.componentType === 'string' ? m.componentType : '',
    fullName: String(m.fullName),
    fileName: String(m.fileName),
    success: bool(m.success),
    created: bool(m.created),
    changed: bool(m.changed),
    deleted: bool(m.deleted),
    ...(str(m.problem) ? { problem: String(m.problem) } : {}),
    ...(str(m.problemType) ? { problemType: m.problemType as 'Error' | 'Warning' } : {}),
    ...(m.lineNumber != null ? { lineNumber: num(m.lineNumber) } : {}),
    ...(m.columnNumber != null ? { columnNumber: num(m.columnNumber) } : {}),
    ...(str(m.id) ? { id: String(m.id) } : {})
  }
}

function toRun(run: Json): NonNullable<DeployResult['details']>['runTestResult'] {
  const test = (t: Json, outcome: 'Pass' | 'Fail'): TestResult => ({
    className: String(t.name),
    ...(str(t.namespace) ? { namespace: String(t.namespace) } : {}),
    ...(str(t.methodName) ? { methodName: String(t.methodName) } : {}),
    outcome,
    timeMs: num(t.time),
    ...(str(t.message) ? { message: String(t.message) } : {}),
    ...(str(t.stackTrace) ? { stackTrace: String(t.stackTrace) } : {})
  })
  const lines = (v: unknown): number[] =>
    asArray(v)
      .map((l) => num(l.line))
      .filter((l) => l > 0)
  const coverage = asArray(run.codeCoverage).map((c): CoverageResult => ({
    name: String(c.name),
    ...(str(c.namespace) ? { namespace: String(c.namespace) } : {}),
    type: c.type === 'Trigger' ? 'Trigger' : 'Class',
    numLocations: num(c.numLocations),
    numLocationsNotCovered: num(c.numLocationsNotCovered),
    linesNotCovered: lines(c.locationsNotCovered).sort((a, b) => a - b),
    ...(c.locationsCovered ? { linesCovered: lines(c.locationsCovered).sort((a, b) => a - b) } : {})
  }))
  return {
    numTestsRun: num(run.numTestsRun),
    numFailures: num(run.numFailures),
    totalTimeMs: num(run.totalTime),
    tests: [
      ...asArray(run.failures).map((t) => test(t, 'Fail')),
      ...asArray(run.successes).map((t) => test(t, 'Pass'))
    ],
    coverage,
    coverageWarnings: asArray(run.codeCoverageWarnings).map((w) => ({
      ...(str(w.name) ? { name: String(w.name) } : {}),
      ...(str(w.namespace) ? { namespace: String(w.namespace) } : {}),
      message: String(w.message)
    }))
  }
}

/** A fake repository: the set of files that exist, and resolvers over it. */
export class FakeRepo {
  readonly files: Set<string>
  constructor(files: Iterable<string>) {
    this.files = new Set(files)
  }

  /** Repo with the usual force-app layout for these classes, triggers and other files. */
  static withApex(classes: string[], triggers: string[] = [], other: string[] = []): FakeRepo {
    return new FakeRepo([
      ...classes.map((c) => `force-app/main/default/classes/${c}.cls`),
      ...triggers.map((t) => `force-app/main/default/triggers/${t}.trigger`),
      ...other
    ])
  }

  resolveApexSource = (type: 'Class' | 'Trigger', name: string): string | undefined => {
    const file =
      type === 'Class'
        ? `force-app/main/default/classes/${name}.cls`
        : `force-app/main/default/triggers/${name}.trigger`
    return this.files.has(file) ? file : undefined
  }

  /** Mimics a zip manifest lookup: child types land on their own decomposed file. */
  resolveSource: NonNullable<ReportInput['resolveSource']> = (q) => {
    const base = 'force-app/main/default'
    const [parent, child] = q.fullName.split('.')
    const candidates: Record<string, string | undefined> = {
      ApexClass: `${base}/classes/${q.fullName}.cls`,
      ApexTrigger: `${base}/triggers/${q.fullName}.trigger`,
      CustomField: child ? `${base}/objects/${parent}/fields/${child}.field-meta.xml` : undefined,
      RecordType: child
        ? `${base}/objects/${parent}/recordTypes/${child}.recordType-meta.xml`
        : undefined,
      CustomObject: `${base}/objects/${q.fullName}/${q.fullName}.object-meta.xml`,
      LightningComponentBundle: `${base}/lwc/${q.fullName.replace(/^markup:\/\/c:/, '')}/${q.fullName.replace(/^markup:\/\/c:/, '')}.js`
    }
    const file = candidates[q.componentType]
    return file && this.files.has(file) ? { path: file } : undefined
  }
}

/** Small deterministic PRNG (mulberry32) so large fixtures are stable across runs. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Options for a large synthetic result. */
export interface LargeResultOptions {
  classes: number
  tests: number
  failingTests: number
  componentErrors: number
  /** Give covered lines as API >= 68 does. */
  withCoveredLines?: boolean
  seed?: number
  /** Multiply stack trace depth, to build oversize summaries. */
  traceDepth?: number
}

/** A realistic large validation: many classes, tests, failures, generics in messages. */
export function largeResult(o: LargeResultOptions): { result: DeployResult; repo: FakeRepo } {
  const rnd = seeded(o.seed ?? 42)
  const classNames = Array.from(
    { length: o.classes },
    (_, i) => `Service${String(i).padStart(3, '0')}`
  )
  const testClasses = Array.from(
    { length: Math.ceil(o.tests / 10) },
    (_, i) => `Service${String(i).padStart(3, '0')}Test`
  )
  const coverage: CoverageResult[] = classNames.map((name) => {
    const numLocations = Math.floor(rnd() * 40)
    const uncovered = Math.floor(rnd() * rnd() * numLocations)
    const lines = Array.from({ length: numLocations }, (_, i) => 3 + i * 2)
    const shuffled = [...lines].sort(() => rnd() - 0.5)
    const notCovered = shuffled.slice(0, uncovered).sort((a, b) => a - b)
    return {
      name,
      type: 'Class',
      numLocations,
      numLocationsNotCovered: uncovered,
      linesNotCovered: notCovered,
      ...(o.withCoveredLines ? { linesCovered: lines.filter((l) => !notCovered.includes(l)) } : {})
    }
  })
  const tests: TestResult[] = Array.from({ length: o.tests }, (_, i) => {
    const className = testClasses[Math.floor(i / 10)] ?? 'OrphanTest'
    const methodName = `test${String(i % 10)}_${['create', 'update', 'bulk', 'guard'][i % 4] ?? 'x'}`
    const fail = i < o.failingTests * 3 && i % 3 === 0
    const base = { className, methodName, timeMs: Math.floor(rnd() * 4000) + 5 }
    if (!fail) return { ...base, outcome: 'Pass' }
    const depth = o.traceDepth ?? 2
    const frames = [
      `Class.${className}.${methodName}: line ${10 + (i % 40)}, column 1`,
      ...Array.from(
        { length: depth - 1 },
        (_, d) =>
          `Class.${classNames[(i + d) % classNames.length]}.handle: line ${20 + d}, column 5`
      )
    ]
    return {
      ...base,
      outcome: 'Fail',
      message: `System.AssertException: Assertion Failed: Expected: List<Account>{size=${i}}, Actual: Map<Id, Account>{} | @isTest #${i}`,
      stackTrace: frames.join('\n')
    }
  })
  const failures: ComponentMessage[] = Array.from({ length: o.componentErrors }, (_, i) => ({
    componentType: 'ApexClass',
    fullName: classNames[i] ?? 'X',
    fileName: `classes/${classNames[i] ?? 'X'}.cls`,
    success: false,
    created: false,
    changed: false,
    deleted: false,
    problem: `Variable does not exist: Map<String, List<Case>> item${i}`,
    problemType: 'Error',
    lineNumber: 5 + i,
    columnNumber: 9
  }))
  const successes: ComponentMessage[] = [
    ...classNames.slice(o.componentErrors),
    ...testClasses
  ].map((name, i) => ({
    componentType: 'ApexClass',
    fullName: name,
    fileName: `classes/${name}.cls`,
    success: true,
    created: i % 3 === 0,
    changed: i % 3 !== 2,
    deleted: false
  }))
  const numFailures = tests.filter((t) => t.outcome === 'Fail').length
  const result: DeployResult = {
    id: '0AfLARGE00000001AAA',
    status: 'Failed',
    done: true,
    success: false,
    checkOnly: true,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: true,
    createdDate: new Date('2026-03-01T10:00:00Z'),
    startDate: new Date('2026-03-01T10:00:42Z'),
    completedDate: new Date('2026-03-01T10:31:07Z'),
    numberComponentsTotal: successes.length + failures.length,
    numberComponentsDeployed: successes.length,
    numberComponentErrors: failures.length,
    numberTestsTotal: tests.length,
    numberTestsCompleted: tests.length - numFailures,
    numberTestErrors: numFailures,
    details: {
      componentSuccesses: successes,
      componentFailures: failures,
      runTestResult: {
        numTestsRun: tests.length,
        numFailures,
        totalTimeMs: tests.reduce((s, t) => s + t.timeMs, 0) + 1234,
        tests,
        coverage,
        coverageWarnings: [
          {
            message:
              'Average test coverage across all Apex Classes and Triggers is 61%, at least 75% test coverage is required.'
          }
        ]
      }
    }
  }
  return { result, repo: FakeRepo.withApex([...classNames, ...testClasses]) }
}
