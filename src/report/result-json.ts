/**
 * `deploy-result.json`: the normalised DeployResult plus the report's derived counts, so later
 * steps can use `jq` on one file. Holds no tokens, usernames or user ids.
 */
import type { Report } from './report-types.ts'

/** Renders the raw result file. */
export function toResultJson(report: Report): string {
  // User ids and names are left out: the file is uploaded as an artifact.
  const result: Record<string, unknown> = { ...report.result }
  for (const key of ['createdBy', 'createdByName', 'canceledBy', 'canceledByName'])
    delete result[key]
  const { verdict, components, tests, coverage } = report
  const body = {
    operation: verdict.operation,
    mode: verdict.mode,
    outcome: verdict.outcome,
    passed: report.passed,
    conclusion: report.conclusion,
    org: verdict.orgLabel,
    apiVersion: verdict.apiVersion,
    ...(report.testLevel ? { testLevel: report.testLevel } : {}),
    deployUrl: verdict.deployUrl,
    ...(verdict.validationId ? { validationId: verdict.validationId } : {}),
    ...(verdict.validationExpiresAt
      ? { validationExpiresAt: verdict.validationExpiresAt.toISOString() }
      : {}),
    timing: { queuedMs: verdict.queuedMs ?? null, runMs: verdict.runMs ?? null },
    counts: {
      componentsTotal: components.total,
      componentsDeployed: components.deployed,
      componentErrors: components.errors.length,
      componentWarnings: components.warnings.length,
      testsTotal: tests.total,
      testsPassed: tests.passed,
      testsFailed: tests.failed,
      coveragePercent: coverage.aggregate?.percent ?? null
    },
    reasons: report.reasons,
    result
  }
  return `${JSON.stringify(body, null, 2)}\n`
}
