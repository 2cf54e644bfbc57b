import { componentCounts } from '../model/component-counts.ts'
import { plural } from '../shared/plural.ts'
import type { DeployResult } from '../model/deploy-result.ts'

/**
 * One progress line, e.g.
 * `InProgress · components 302/450 (45 errors) · tests 77/120 (1 failed) · Running Test: FooTest`.
 */
export function formatProgress(result: DeployResult): string {
  const parts = [result.status || 'Unknown']
  const verb = result.checkOnly ? 'validated' : 'deployed'
  if (result.numberComponentsTotal > 0) {
    // With details (the final read) deletions are counted apart; light polls only have the
    // org's counters, which include them.
    const counts = result.details ? componentCounts(result) : undefined
    const errors =
      result.numberComponentErrors > 0 ? ` (${plural(result.numberComponentErrors, 'error')})` : ''
    const deletions =
      counts && counts.deletions > 0 ? `, ${plural(counts.deletions, 'deletion')}` : ''
    parts.push(
      `components ${counts?.deployed ?? result.numberComponentsDeployed}/${counts?.total ?? result.numberComponentsTotal} ${verb}${deletions}${errors}`
    )
  }
  if (result.numberTestsTotal > 0) {
    const done = result.numberTestsCompleted + result.numberTestErrors
    const failed = result.numberTestErrors > 0 ? ` (${result.numberTestErrors} failed)` : ''
    parts.push(`tests ${done}/${result.numberTestsTotal}${failed}`)
  }
  if (result.stateDetail && !result.done) parts.push(result.stateDetail)
  return parts.join(' · ')
}
