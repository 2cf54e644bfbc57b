import { deployPartsOf, orgOf, packageOf, packageOptionsOf } from '../../settings/mode-parts.ts'
import { checkThresholdHasTests, type SettingsParts } from '../../settings/parse-parts.ts'
import type { Problems } from '../../settings/parse-values.ts'
import type {
  DeploySettings,
  FollowSettings,
  QuickDeploySettings
} from '../../settings/settings.ts'

export type OperationSettings = DeploySettings | QuickDeploySettings | FollowSettings

/** The settings of deploy, validate, quick-deploy, report and cancel, from the parsed inputs. */
export function operationSettings(
  parts: SettingsParts,
  problems: Problems
): OperationSettings | undefined {
  const org = orgOf(parts)
  if (!org) return undefined
  const mode = parts.mode
  if (mode === 'deploy' || mode === 'validate') {
    checkThresholdHasTests(parts, problems)
    const pkg = packageOf(parts)
    return pkg ? { ...org, ...pkg, ...deployPartsOf(parts), mode } : undefined
  }
  if (mode === 'quick-deploy')
    return {
      ...org,
      ...packageOptionsOf(parts),
      ...deployPartsOf(parts),
      mode,
      ...(parts.validationId ? { validationId: parts.validationId } : {})
    }
  if (mode !== 'report' && mode !== 'cancel') return undefined
  // deploy-id is required in these modes; its problem is already recorded when it is missing.
  if (!parts.deployId) return undefined
  return {
    ...org,
    mode,
    deployId: parts.deployId,
    ...(parts.packageSource ? { packageSource: parts.packageSource } : {})
  }
}
