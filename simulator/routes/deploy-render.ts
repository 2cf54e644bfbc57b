/**
 * Status rendering shared by SOAP and REST: the job's view at the current simulated time plus the
 * realism switches (numberFiles, coverage race, stale detailed reads, unknown extra fields).
 */
import type { SimContext } from '../core/context.ts'
import type { DeployJob, DeployView } from '../deploy/deploy-job.ts'
import { viewAt } from '../deploy/deploy-job.ts'
import type { RenderOptions } from '../deploy/render-deploy-result.ts'

/** The view of a job now, and how to render it. */
export function currentView(
  sim: SimContext,
  job: DeployJob,
  includeDetails: boolean,
  apiVersion: string
): { view: DeployView; render: RenderOptions } {
  let view = viewAt(job, sim.clock.now())
  if (
    includeDetails &&
    view.done &&
    job.completedAt !== undefined &&
    sim.switches.staleDetailReads > 0
  ) {
    sim.switches.staleDetailReads -= 1
    view = viewAt(job, job.completedAt - 1)
  }
  let coverageRace = false
  if (
    includeDetails &&
    view.done &&
    view.coverage.some((c) => c.notCovered.length > 0) &&
    sim.switches.coverageRaceReads > 0
  ) {
    sim.switches.coverageRaceReads -= 1
    coverageRace = true
  }
  return {
    view,
    render: {
      includeDetails,
      apiVersion: Number(apiVersion),
      numberFiles: sim.switches.numberFiles,
      coverageRace,
      extraFields: sim.switches.extraFields
    }
  }
}
