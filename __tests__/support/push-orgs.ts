import type { SimSubscriber } from '../../simulator/push/index.ts'
import { pushController } from '../../simulator/push/index.ts'
import type { Simulator } from '../../simulator/index.ts'

/** Orgs a push to 2.0 reaches: installed, not inactive, on a released version below 2.0. */
export function eligibleFor20(sim: Simulator): SimSubscriber[] {
  const push = pushController(sim.context)
  const byId = new Map(push.state.versions.map((v) => [v.id, v]))
  return push.state.subscribers.filter((s) => {
    const v = byId.get(s.versionId)
    return (
      s.installedStatus === 'i' &&
      !s.hasRestrictionEnabled &&
      s.orgStatus !== 'Inactive' &&
      v?.releaseState === 'Released' &&
      v.major < 2
    )
  })
}
