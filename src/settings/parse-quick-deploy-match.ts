import type { RawInputs } from './inputs.ts'
import { readBoolean, readChoice, type Problems } from './parse-values.ts'

/** What a quick deploy without validation-id does when no validation record can be used. */
export type QuickDeployFallback = 'deploy' | 'fail'
const FALLBACKS: readonly QuickDeployFallback[] = ['deploy', 'fail']

/** Validation records: written by validate, matched by package content in quick-deploy. */
export interface QuickDeployMatchSettings {
  /** No usable record, or the org refused it: a full deploy with tests, or fail the step. */
  fallback: QuickDeployFallback
  /** validate mode: upload the validation record as an artifact. */
  uploadRecord: boolean
}

/** Reads quick-deploy-fallback and validation-record; checked in every mode (a typo is a typo). */
export function parseQuickDeployMatch(
  raw: RawInputs,
  problems: Problems
): QuickDeployMatchSettings {
  const v = raw.values
  return {
    fallback:
      readChoice('quick-deploy-fallback', v['quick-deploy-fallback'], FALLBACKS, problems) ??
      'fail',
    uploadRecord: readBoolean('validation-record', v['validation-record'], problems)
  }
}
