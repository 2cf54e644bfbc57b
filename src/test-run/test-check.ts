/** The outcome's test-check part, in a module of its own so deploy-package.ts need not import the checks. */
import type { RetryReport } from './flaky-report.ts'

/** Failures the org did not report, outputs, labels. */
export interface TestCheck {
  failures: string[]
  outputs: { 'tests-flaky'?: string; 'patch-coverage'?: string }
  retry?: RetryReport
}
