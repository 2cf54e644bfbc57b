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
  const mode = parts.mode
  // Checked before the org, so that a problem with the credentials does not hide these.
  if (mode === 'deploy' || mode === 'validate') checkThresholdHasTests(parts, problems)
  if (mode === 'quick-deploy') checkQuickDeployTests(parts, problems)
  const org = orgOf(parts)
  if (!org) return undefined
  if (mode === 'deploy' || mode === 'validate') {
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

/**
 * A quick deploy runs no tests: the validation ran them. test-level (and the run-tests it needs)
 * only chooses the tests of the full deploy that quick-deploy-fallback: deploy runs when no
 * validation record matches, which never happens with validation-id. Anywhere else it would be
 * ignored in silence, and the user would believe tests ran.
 */
function checkQuickDeployTests(parts: SettingsParts, problems: Problems): void {
  const level = parts.deployOptions.testLevel
  if (level === undefined) return
  const fallbackDeploys = !parts.validationId && parts.quickDeployMatch.fallback === 'deploy'
  if (fallbackDeploys) return
  problems.push(
    `test-level: mode quick-deploy runs no tests (the validation ran them), so ${level} would be ignored; ` +
      'it only chooses the tests of the full deploy of quick-deploy-fallback: deploy, without validation-id. ' +
      'Set the test level on the validate run and remove test-level here, or use quick-deploy-fallback: deploy without validation-id.'
  )
}
