/**
 * The validation record: what a later quick deploy needs to find and trust a validation made in
 * another workflow run. Stored as JSON (with a kind and a version, so a future format can be told
 * apart) inside an artifact whose name carries the org id and the package's content hash.
 */
import { TEST_LEVELS, type TestLevel } from '../model/deploy-result.ts'
import { isContentHash } from './content-hash.ts'
import { to18 } from '../shared/salesforce-id.ts'
import { isOrgId } from './org-id.ts'

/** Tells a record file apart from any other JSON. */
export const RECORD_KIND = 'salesforce-validation-record'
/** The only format this version writes and reads. */
export const RECORD_VERSION = 1
/** File name inside the artifact (no dot prefix: upload-artifact skips hidden files). */
export const RECORD_FILE = 'validation-record.json'

/** One successful validation, as a later quick deploy sees it. */
export interface ValidationRecord {
  /** Deploy request id of the validation (0Af...). */
  validationId: string
  /** 18-character id of the org that ran it. */
  orgId: string
  instanceUrl: string
  apiVersion: string
  /** Test level requested; undefined = the org default. */
  testLevel?: TestLevel
  /** Test classes of RunSpecifiedTests. */
  runTests: string[]
  /** Test methods the validation ran. */
  testsRun: number
  /** Final status of the validation (only Succeeded can be quick-deployed). */
  status: string
  /** contentHash() of the validated package. */
  contentHash: string
  /** Commit the package was built from. */
  commitSha: string
  /** When the org finished the validation (ISO 8601); the 10-day window starts here. */
  validatedAt: string
  /** The workflow run that made it, when known. */
  run?: { repository: string; id: string; attempt: string }
}

const PREFIX = 'sf-validation-'

/** Artifact name for a record: `sf-validation-<org id 18>-<first 32 hex digits of the hash>`. */
export function recordArtifactName(contentHash: string, orgId: string): string {
  return `${PREFIX}${to18(orgId)}-${contentHash.slice(0, 32)}`
}

/** The record as the JSON text stored in the artifact. */
export function serializeRecord(record: ValidationRecord): string {
  const { testLevel, run, ...rest } = record
  return `${JSON.stringify({ kind: RECORD_KIND, version: RECORD_VERSION, ...rest, testLevel: testLevel ?? null, ...(run ? { run } : {}) }, null, 2)}\n`
}

/** A parsed record, or every reason the text is not one. */
export type ParsedRecord =
  { record: ValidationRecord; problems?: undefined } | { record?: undefined; problems: string[] }

/** Reads and checks a downloaded record; `source` names it in the problems (e.g. the artifact). */
export function parseRecord(text: string, source: string): ParsedRecord {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { problems: [`${source}: not JSON (${(error as Error).message}).`] }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { problems: [`${source}: expected a JSON object.`] }
  const o = value as Record<string, unknown>
  if (o.kind !== RECORD_KIND)
    return {
      problems: [`${source}: kind is ${JSON.stringify(o.kind)}, expected "${RECORD_KIND}".`]
    }
  if (o.version !== RECORD_VERSION) {
    return {
      problems: [
        `${source}: record version ${JSON.stringify(o.version)} is not supported (this action reads version ${RECORD_VERSION}); validate again with this version of the action.`
      ]
    }
  }
  const problems = fieldProblems(o).map((p) => `${source}: ${p}`)
  if (problems.length > 0) return { problems }
  return { record: toRecord(o) }
}

function fieldProblems(o: Record<string, unknown>): string[] {
  const problems: string[] = []
  const expect = (ok: boolean, field: string, what: string): void => {
    if (!ok)
      problems.push(`${field} is ${JSON.stringify(o[field]) ?? 'missing'}, expected ${what}.`)
  }
  expect(
    typeof o.validationId === 'string' &&
      /^0Af[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(o.validationId),
    'validationId',
    'a deploy request id (0Af...)'
  )
  expect(isOrgId(o.orgId), 'orgId', 'an org id (00D...)')
  expect(
    typeof o.instanceUrl === 'string' && /^https?:\/\//.test(o.instanceUrl),
    'instanceUrl',
    'a URL'
  )
  expect(
    typeof o.apiVersion === 'string' && /^\d{2,3}\.0$/.test(o.apiVersion),
    'apiVersion',
    'an API version such as 62.0'
  )
  expect(
    o.testLevel === null || (TEST_LEVELS as readonly unknown[]).includes(o.testLevel),
    'testLevel',
    `null or one of ${TEST_LEVELS.join(', ')}`
  )
  expect(
    Array.isArray(o.runTests) && o.runTests.every((t) => typeof t === 'string'),
    'runTests',
    'a list of class names'
  )
  expect(Number.isInteger(o.testsRun) && (o.testsRun as number) >= 0, 'testsRun', 'a count')
  expect(typeof o.status === 'string' && o.status !== '', 'status', 'a deploy status')
  expect(isContentHash(o.contentHash), 'contentHash', 'a sha256 hex digest')
  expect(typeof o.commitSha === 'string', 'commitSha', 'a commit SHA')
  expect(
    typeof o.validatedAt === 'string' && !Number.isNaN(Date.parse(o.validatedAt)),
    'validatedAt',
    'an ISO 8601 time'
  )
  expect(o.run === undefined || isRun(o.run), 'run', 'an object with repository, id and attempt')
  return problems
}

function isRun(value: unknown): value is ValidationRecord['run'] {
  const r = value as Record<string, unknown> | null
  return (
    !!r &&
    typeof r === 'object' &&
    ['repository', 'id', 'attempt'].every((k) => typeof r[k] === 'string')
  )
}

function toRecord(o: Record<string, unknown>): ValidationRecord {
  return {
    validationId: o.validationId as string,
    orgId: to18(o.orgId as string),
    instanceUrl: o.instanceUrl as string,
    apiVersion: o.apiVersion as string,
    ...(o.testLevel ? { testLevel: o.testLevel as TestLevel } : {}),
    runTests: o.runTests as string[],
    testsRun: o.testsRun as number,
    status: o.status as string,
    contentHash: o.contentHash as string,
    commitSha: o.commitSha as string,
    validatedAt: new Date(o.validatedAt as string).toISOString(),
    ...(o.run ? { run: o.run as NonNullable<ValidationRecord['run']> } : {})
  }
}
