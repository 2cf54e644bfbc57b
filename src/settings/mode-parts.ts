/**
 * The parts a mode's settings are made of, taken from the parsed input groups. Each returns
 * undefined when its input group had a problem (already recorded): the run stops on them anyway.
 */
import type { SettingsParts } from './parse-parts.ts'
import type {
  BaseSettings,
  DeployPartSettings,
  OrgSettings,
  PackageSettings,
  WaitSettings
} from './settings.ts'

export function baseOf(parts: SettingsParts): BaseSettings {
  return {
    mode: parts.mode,
    allowCustomInstanceHost: parts.allowCustomInstanceHost,
    api: parts.api,
    ...(parts.apiVersion ? { apiVersion: parts.apiVersion } : {}),
    report: parts.report,
    workspace: parts.workspace
  }
}

export function waitOf(parts: SettingsParts): WaitSettings {
  return {
    waitMinutes: parts.waitMinutes,
    pollIntervalMaxSeconds: parts.pollIntervalMaxSeconds,
    cancelOnTimeout: parts.cancelOnTimeout,
    cancelOnJobCancel: parts.cancelOnJobCancel
  }
}

export function orgOf(parts: SettingsParts): OrgSettings | undefined {
  if (!parts.auth) return undefined
  return { ...baseOf(parts), ...waitOf(parts), auth: parts.auth }
}

/** The package parts without the package source (modes where it is optional). */
export function packageOptionsOf(parts: SettingsParts): Partial<PackageSettings> & {
  allowEmptyDeploy: boolean
} {
  return {
    ...(parts.packageSource ? { packageSource: parts.packageSource } : {}),
    ...(parts.preDestructiveChanges ? { preDestructiveChanges: parts.preDestructiveChanges } : {}),
    ...(parts.postDestructiveChanges
      ? { postDestructiveChanges: parts.postDestructiveChanges }
      : {}),
    ...(parts.delta ? { delta: parts.delta } : {}),
    ...(parts.testSelection ? { testSelection: parts.testSelection } : {}),
    allowEmptyDeploy: parts.allowEmptyDeploy
  }
}

export function packageOf(parts: SettingsParts): PackageSettings | undefined {
  const options = packageOptionsOf(parts)
  const packageSource = parts.packageSource
  return packageSource ? { ...options, packageSource } : undefined
}

export function deployPartsOf(parts: SettingsParts): DeployPartSettings {
  return {
    deployOptions: parts.deployOptions,
    testRun: parts.testRun,
    retrieve: parts.retrieve,
    ...(parts.drift ? { drift: parts.drift } : {}),
    receipt: parts.receipt,
    quickDeployMatch: parts.quickDeployMatch
  }
}
