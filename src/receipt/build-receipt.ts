/**
 * The deploy receipt: what a successful deploy or quick deploy put into which org, from which
 * commit and package content, through which validation, with which test evidence. An auditor
 * follows commit → content → validation → deploy → org → tests from it, and a later run can
 * compare the org with the versions the receipt names. Pure: plain values in, the receipt out.
 */
import type { DeployResult } from '../model/deploy-result.ts'
import { packageMembers } from '../retrieve/package-members.ts'
import type { ComponentRef } from '../retrieve/metadata-paths.ts'
import { percentOf } from '../report/report-coverage.ts'
import { to18 } from '../shared/salesforce-id.ts'
import { hashComponents, type HashedComponent } from './component-hashes.ts'

/** Tells a receipt file apart from any other JSON. */
export const RECEIPT_KIND = 'salesforce-deploy-receipt'
/** The only format this version writes. */
export const RECEIPT_VERSION = 1
/** File name under results-dir and inside the artifact. */
export const RECEIPT_FILE = 'deploy-receipt.json'
const ARTIFACT_PREFIX = 'sf-receipt-'

/** One test method the deploy ran. */
export interface ReceiptTest {
  className: string
  namespace?: string
  /** Undefined for class-level failures. */
  methodName?: string
  outcome: 'Pass' | 'Fail'
}

/** The receipt, as written to deploy-receipt.json. */
export interface DeployReceipt {
  kind: typeof RECEIPT_KIND
  version: typeof RECEIPT_VERSION
  /** 18-character id of the org deployed to. */
  orgId: string
  instanceUrl: string
  apiVersion: string | null
  mode: 'deploy' | 'quick-deploy'
  /** Commit the package was built from. */
  commitSha: string
  /** The workflow run that deployed, when known. */
  run: { repository: string; id: string; attempt: string } | null
  /** contentHash() of the package (validation-record/content-hash.ts); null when not built here. */
  contentHash: string | null
  /** Quick deploy: the validation it promoted. */
  validationId: string | null
  deployId: string
  status: string
  /** When the org finished the deploy (ISO 8601). */
  deployedAt: string
  /** The user the org says made the deploy. */
  deployedBy: string | null
  /** Test level sent; null = the org default (or the validation's, for a quick deploy). */
  testLevel: string | null
  tests: {
    run: number
    failures: number
    /** `NotRun` when the deploy ran no Apex tests. */
    outcome: 'Pass' | 'Fail' | 'NotRun'
    methods: ReceiptTest[]
  }
  /** Aggregate Apex coverage of the run; null when it measured none. */
  coverage: {
    percent: number
    covered: number
    total: number
    classes: { name: string; type: 'Class' | 'Trigger'; covered: number; total: number }[]
  } | null
  /** Components written, sorted by type then name; child entries name their parent. */
  components: HashedComponent[]
  /** Members of the destructive manifests. */
  deleted: ComponentRef[]
}

/** What the receipt is built from. */
export interface ReceiptInput {
  mode: 'deploy' | 'quick-deploy'
  /** The finished deploy's result (with details). */
  result: DeployResult
  orgId: string
  instanceUrl?: string
  apiVersion?: string
  testLevel?: string
  validationId?: string
  contentHash?: string
  /** The deploy package's metadata-format files; absent for a quick deploy by validation id. */
  packageFiles?: ReadonlyMap<string, Uint8Array>
  run: { commitSha: string; repository?: string; runId?: string; runAttempt?: string }
  /** ISO time used when the org gave no completion date. */
  now: string
}

/** Artifact name: `sf-receipt-<org id 18>`; the newest artifact of that name is the org's last deploy. */
export function receiptArtifactName(orgId: string): string {
  return `${ARTIFACT_PREFIX}${to18(orgId)}`
}

/** Builds the receipt. */
export function buildReceipt(input: ReceiptInput): DeployReceipt {
  const { result, run } = input
  return {
    kind: RECEIPT_KIND,
    version: RECEIPT_VERSION,
    orgId: to18(input.orgId),
    instanceUrl: input.instanceUrl ?? '',
    apiVersion: input.apiVersion ?? null,
    mode: input.mode,
    commitSha: run.commitSha,
    run:
      run.repository && run.runId
        ? { repository: run.repository, id: run.runId, attempt: run.runAttempt ?? '1' }
        : null,
    contentHash: input.contentHash ?? null,
    validationId: input.validationId ?? null,
    deployId: result.id,
    status: result.status,
    deployedAt: result.completedDate?.toISOString() ?? input.now,
    deployedBy: result.createdByName ?? null,
    testLevel: input.testLevel ?? null,
    tests: testsOf(result),
    coverage: coverageOf(result),
    ...componentsOf(input)
  }
}

/** The receipt as the JSON text written to the file. */
export function serializeReceipt(receipt: DeployReceipt): string {
  return `${JSON.stringify(receipt, null, 2)}\n`
}

function testsOf(result: DeployResult): DeployReceipt['tests'] {
  const run = result.details?.runTestResult
  const methods = (run?.tests ?? []).map((t) => ({
    className: t.className,
    ...(t.namespace ? { namespace: t.namespace } : {}),
    ...(t.methodName ? { methodName: t.methodName } : {}),
    outcome: t.outcome
  }))
  const count = run?.numTestsRun ?? result.numberTestsCompleted + result.numberTestErrors
  const failures = run?.numFailures ?? result.numberTestErrors
  return {
    run: count,
    failures,
    outcome: count === 0 ? 'NotRun' : failures > 0 ? 'Fail' : 'Pass',
    methods
  }
}

function coverageOf(result: DeployResult): DeployReceipt['coverage'] {
  const measured = (result.details?.runTestResult?.coverage ?? []).filter((c) => c.numLocations > 0)
  if (measured.length === 0) return null
  const classes = measured
    .map((c) => ({
      name: c.namespace ? `${c.namespace}.${c.name}` : c.name,
      type: c.type,
      covered: c.numLocations - c.numLocationsNotCovered,
      total: c.numLocations
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const covered = classes.reduce((sum, c) => sum + c.covered, 0)
  const total = classes.reduce((sum, c) => sum + c.total, 0)
  return { percent: percentOf(covered, total), covered, total, classes }
}

/**
 * From the package when it is known; otherwise (quick deploy by validation id: nothing was
 * built) the org's list of deployed components, without hashes.
 */
function componentsOf(input: ReceiptInput): Pick<DeployReceipt, 'components' | 'deleted'> {
  if (input.packageFiles) {
    const manifest = packageMembers(input.packageFiles)
    return {
      components: hashComponents(input.packageFiles, manifest.members),
      deleted: manifest.deletions.map((d) => ({ type: d.type, fullName: d.fullName }))
    }
  }
  const successes = input.result.details?.componentSuccesses ?? []
  const seen = new Map<string, HashedComponent>()
  const deleted: ComponentRef[] = []
  for (const c of successes) {
    if (c.componentType === '') continue
    const ref = { type: c.componentType, fullName: c.fullName }
    if (c.deleted) deleted.push(ref)
    else seen.set(`${ref.type}:${ref.fullName}`, { ...ref, hash: null })
  }
  return {
    components: [...seen.values()].sort((a, b) =>
      `${a.type}\u0000${a.fullName}` < `${b.type}\u0000${b.fullName}` ? -1 : 1
    ),
    deleted
  }
}
