// Parses every recorded response in __tests__/fixtures/vectors into the normalised model and checks
// its key fields. Part of `npm run conformance`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { normalizeDeployResult } from '../src/metadata-api/normalize.ts'
import { parseSoapResponse } from '../src/metadata-api/soap/parse.ts'
import type * as wire from '../src/metadata-api/wire.ts'
import type { DeployResult } from '../src/model/deploy-result.ts'

const VECTORS = path.resolve(import.meta.dirname, '..', '__tests__', 'fixtures', 'vectors')

/** Expected key fields per vector: what a reader of the raw file sees. */
const EXPECTED: Record<string, (r: DeployResult) => string[]> = {
  'soap-checkDeployStatus-pending.xml': (r) =>
    check(r, { status: 'Pending', done: false, checkOnly: true }),
  'soap-checkDeployStatus-inprogress.xml': (r) =>
    check(r, {
      status: 'InProgress',
      done: false,
      numberComponentsDeployed: 2,
      numberComponentsTotal: 3
    }),
  'soap-checkDeployStatus-succeeded.xml': (r) =>
    check(r, { status: 'Succeeded', done: true, success: true }),
  'soap-checkDeployStatus-failed-no-package-xml.xml': (r) =>
    check(r, { status: 'Failed', done: true, success: false, numberComponentErrors: 0 }).concat(
      r.details?.componentFailures[0]?.problem === 'No package.xml found'
        ? []
        : ['componentFailures[0].problem']
    ),
  'rest-deployRequest-get-includeDetails-succeeded.json': (r) =>
    check(r, { status: 'Succeeded', done: true, success: true, checkOnly: true }),
  'sfcli-deploy-test-failure.json': (r) =>
    check(r, { status: 'Failed', numberTestErrors: 1, numberFiles: 6 }).concat(
      r.details?.runTestResult?.tests.some(
        (t) => t.stackTrace === 'Class.MyClassNameTest.failure: line 10, column 1'
      )
        ? []
        : ['stackTrace']
    ),
  'sfcli-deploy-component-failure.json': (r) =>
    check(r, { status: 'Failed', numberComponentErrors: 2 }).concat(
      r.details?.componentFailures.every((f) => (f.lineNumber ?? 0) > 0) ? [] : ['lineNumber']
    ),
  'sfcli-validate-coverage-warnings.json': (r) =>
    check(r, { status: 'Failed', success: false, checkOnly: true }).concat(
      r.details?.runTestResult?.coverageWarnings.length === 3 ? [] : ['coverageWarnings']
    )
}

function check(r: DeployResult, fields: Partial<Record<keyof DeployResult, unknown>>): string[] {
  return Object.entries(fields)
    .filter(([k, v]) => r[k as keyof DeployResult] !== v)
    .map(([k, v]) => `${k}: expected ${String(v)}, got ${String(r[k as keyof DeployResult])}`)
}

function parseVector(name: string, text: string): DeployResult | 'fault' | 'async' {
  if (name.endsWith('.xml')) {
    const answer = parseSoapResponse(text)
    if (answer.kind === 'fault') return 'fault'
    const result = answer.result as wire.DeployResult
    if (name.includes('deployResponse')) return 'async'
    return normalizeDeployResult(result)
  }
  const json = JSON.parse(text) as { result?: wire.DeployResult; deployResult?: wire.DeployResult }
  return normalizeDeployResult(json.deployResult ?? json.result ?? {})
}

/** Runs the vector conformance check; returns the number of failures. */
export function runVectorConformance(): number {
  if (!existsSync(VECTORS)) {
    console.log(`vectors: skipped (${VECTORS} not found)`)
    return 0
  }
  let failures = 0
  for (const name of readdirSync(VECTORS)
    .filter((f) => /\.(xml|json)$/.test(f))
    .sort()) {
    const parsed = parseVector(name, readFileSync(path.join(VECTORS, name), 'utf8'))
    const problems =
      typeof parsed === 'string'
        ? []
        : (EXPECTED[name]?.(parsed) ?? ['no expectations recorded for this vector'])
    failures += problems.length > 0 ? 1 : 0
    console.log(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}${typeof parsed === 'string' ? ` (${parsed})` : ''}${problems.length ? `: ${problems.join('; ')}` : ''}`
    )
  }
  return failures
}

if (import.meta.main) process.exitCode = runVectorConformance() > 0 ? 1 : 0
