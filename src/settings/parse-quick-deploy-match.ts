import { globToRegExp, invalidPatternReason } from '../source/glob.ts'
import { DEFAULT_RECORD_TRUST, type RecordTrust } from '../validation-record/select-record.ts'
import type { RawInputs } from './inputs.ts'
import { readBoolean, readChoice, splitList, splitPaths, type Problems } from './parse-values.ts'

/** What a quick deploy without validation-id does when no validation record can be used. */
export type QuickDeployFallback = 'deploy' | 'fail'
const FALLBACKS: readonly QuickDeployFallback[] = ['deploy', 'fail']

/** Validation records: written by validate, matched by package content in quick-deploy. */
export interface QuickDeployMatchSettings {
  /** No usable record, or the org refused it: a full deploy with tests, or fail the step. */
  fallback: QuickDeployFallback
  /** validate mode: upload the validation record as an artifact. */
  uploadRecord: boolean
  /** quick-deploy mode: the runs whose records are trusted. */
  trust: RecordTrust
}

/** Reads quick-deploy-fallback, validation-record and the record trust; checked in every mode (a typo is a typo). */
export function parseQuickDeployMatch(
  raw: RawInputs,
  problems: Problems
): QuickDeployMatchSettings {
  const v = raw.values
  return {
    fallback:
      readChoice('quick-deploy-fallback', v['quick-deploy-fallback'], FALLBACKS, problems) ??
      'fail',
    uploadRecord: readBoolean('validation-record', v['validation-record'], problems),
    trust: readTrust(raw, problems)
  }
}

/** Event names as GitHub writes them (lower case, underscores). */
const EVENT = /^[a-z_]+$/

function readTrust(raw: RawInputs, problems: Problems): RecordTrust {
  const v = raw.values
  const events = splitList(v['validation-record-events'] ?? '')
  const bad = events.filter((e) => !EVENT.test(e))
  if (bad.length > 0)
    problems.push(
      `validation-record-events: ${bad.map((e) => `"${e}"`).join(', ')} is not a GitHub event name (push, pull_request, workflow_dispatch, ...).`
    )
  const branches = splitPaths(v['validation-record-branches'] ?? '')
  const workflows = splitPaths(v['validation-record-workflows'] ?? '')
  checkGlobs('validation-record-branches', branches, problems)
  checkGlobs('validation-record-workflows', workflows, problems)
  return {
    events: events.length > 0 ? events : DEFAULT_RECORD_TRUST.events,
    branches: branches.length > 0 ? branches : DEFAULT_RECORD_TRUST.branches,
    workflows: workflows.length > 0 ? workflows : DEFAULT_RECORD_TRUST.workflows
  }
}

/** Each glob must make a pattern now, not throw a SyntaxError when the records are matched. */
function checkGlobs(name: string, globs: string[], problems: Problems): void {
  for (const glob of globs) {
    try {
      globToRegExp(glob)
    } catch (error) {
      problems.push(
        `${name}: "${glob}" is not a valid pattern (${invalidPatternReason(error)}); use * and ** wildcards, such as release/*.`
      )
    }
  }
}
