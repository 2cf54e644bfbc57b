import { componentCounts } from '../model/component-counts.ts'
import { plural } from '../shared/plural.ts'
import type { DeployResult } from '../model/deploy-result.ts'
import { committed, outcomeOf } from '../report/report-model.ts'

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
    const ratio = `${counts?.deployed ?? result.numberComponentsDeployed}/${counts?.total ?? result.numberComponentsTotal}`
    parts.push(
      finishedUncommitted(result)
        ? // The org's counter says how many it processed; none of them was kept.
          `components ${result.checkOnly ? 'not validated' : 'rolled back, nothing deployed'} (${ratio} processed${deletions}${errors})`
        : `components ${ratio} ${verb}${deletions}${errors}`
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

/** A finished deploy the org did not keep (failed or canceled): its counter is not what landed. */
function finishedUncommitted(result: DeployResult): boolean {
  return result.done && !committed({ outcome: outcomeOf(result) })
}
