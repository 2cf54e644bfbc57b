import { cancelOperation } from '../../deploy/cancel.ts'
import type { Outcome } from '../../deploy/deploy-package.ts'
import { deployOperation } from '../../deploy/deploy.ts'
import type { OperationPorts } from '../../deploy/ports.ts'
import { quickDeployOperation } from '../../deploy/quick-deploy.ts'
import { reportOperation } from '../../deploy/report.ts'
import type { OperationSettings } from './operation-settings.ts'

/** Runs the operation the settings ask for: each mode of the union has exactly one. */
export async function runOperation(
  settings: OperationSettings,
  ports: OperationPorts
): Promise<Outcome> {
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
  }
}
