/** The result of reading a deploy zip, shared by the analysis steps. */
import type { ComponentRef } from '../org/component-index.ts'
import type { DeployMessage, PlannedWrite } from './deploy-model.ts'

/** Apex source found in the package. */
export interface PackageApex {
  name: string
  kind: 'class' | 'trigger'
  id: string
  source: string
}

/** What the org concluded from the zip. */
export interface PackageAnalysis {
  /** Zip-level failure ("No package.xml found"): nothing else is processed. */
  fatal: DeployMessage[]
  successes: DeployMessage[]
  failures: DeployMessage[]
  writes: PlannedWrite[]
  deletes: ComponentRef[]
  apex: PackageApex[]
  componentsTotal: number
  failedComponents: number
}

/** A DeployMessage with the flags defaulted to false. */
export function message(
  fields: Partial<DeployMessage> &
    Pick<DeployMessage, 'fileName' | 'fullName' | 'componentType' | 'success'>
): DeployMessage {
  return { changed: false, created: false, deleted: false, atOffset: 0, ...fields }
}

/** The manifest every package root holds. */
export const MANIFEST = 'package.xml'
