import type { Settings } from '../../settings/settings.ts'
import { ActionError } from '../../shared/errors.ts'
import type { Outcome } from '../../deploy/deploy-package.ts'
import { cancelOperation } from '../../deploy/cancel.ts'
import { deployOperation } from '../../deploy/deploy.ts'
import type { OperationPorts } from '../../deploy/ports.ts'
import { quickDeployOperation } from '../../deploy/quick-deploy.ts'
import { reportOperation } from '../../deploy/report.ts'

/** Runs the operation the settings ask for. Build mode is handled by the caller (no org). */
export async function runOperation(settings: Settings, ports: OperationPorts): Promise<Outcome> {
  switch (settings.mode) {
    case 'deploy':
    case 'validate':
      return deployOperation(settings, ports)
    case 'quick-deploy':
      return quickDeployOperation(settings, ports)
    case 'report':
      return reportOperation(settings, ports)
    case 'cancel':
      return cancelOperation(settings, ports)
    case 'build':
      throw new ActionError('build mode makes no deploy')
    case 'compile':
      throw new ActionError(
        'compile mode runs through the Tooling API (runCompile), not runOperation'
      )
    case 'push-upgrade':
      throw new ActionError('push-upgrade mode runs through runPushUpgrade, not runOperation')
    case 'retrieve':
      throw new ActionError('retrieve mode runs through runRetrieveMode, not runOperation')
    case 'plan':
      throw new ActionError('plan mode runs through runPlanMode, not runOperation')
    case 'sync':
      throw new ActionError('sync mode runs through runSync, not runOperation')
  }
}
