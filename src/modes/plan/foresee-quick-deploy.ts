/**
 * The quick deploy on merge, foreseen with its own steps and no deploy: the records found by the
 * same artifact name, selected by the same rules (selectRecord), confirmed with the org the same
 * way (confirmWithOrg: components, children, deletions, tests; older records tried while the org
 * disowns the newer), then the chosen validation judged as the quick deploy judges it. The reads
 * come in as ports, so the steps can be checked without an org.
 */
import type { DeployResult } from '../../model/deploy-result.ts'
import { describeError } from '../../shared/errors.ts'
import { confirmWithOrg, type ReadValidation } from '../../validation-record/confirm-record.ts'
import {
  selectRecord,
  type FoundRecord,
  type RecordTarget
} from '../../validation-record/select-record.ts'
import type { PackageComponents } from '../../validation-record/verify-validation.ts'
import { judgeOutlook, type OutlookFacts, type QuickDeployOutlook } from './quick-deploy-outlook.ts'

/** What the foresight reads: the records of this package and org, and the org's validations. */
export interface ForesightPorts {
  findRecords: () => Promise<FoundRecord[]>
  /** checkDeployStatus with details, as the quick deploy confirms a record. */
  readWithDetails: ReadValidation
  /** checkDeployStatus without details, as the quick deploy checks the validation it submits. */
  readStatus: (validationId: string) => Promise<DeployResult>
  log: (message: string) => void
}

/** The facts of the org beside the validation records. */
export type OrgFacts = Pick<OutlookFacts, 'lastReceipt' | 'receiptsUnread' | 'drift'>

/** Foresees the quick deploy of the package `contents` describes, for `target`. */
export async function foreseeQuickDeploy(
  target: RecordTarget,
  contents: () => PackageComponents,
  ports: ForesightPorts,
  org: OrgFacts
): Promise<QuickDeployOutlook> {
  const found = await ports.findRecords().catch((error: unknown) => describeError(error))
  if (typeof found === 'string')
    return { kind: 'unknown', reason: `validation records could not be read (${found})` }
  const selected = selectRecord(found, target)
  const selection = await confirmWithOrg(
    selected,
    contents,
    ports.readWithDetails,
    ports.log
  ).catch((error: unknown) => describeError(error))
  if (typeof selection === 'string')
    return {
      kind: 'unknown',
      reason: `the org could not confirm validation ${selected.chosen?.record.validationId ?? ''}: ${selection}`
    }
  const id = selection.chosen?.record.validationId
  const validation = id
    ? await ports.readStatus(id).catch((error: unknown) => describeError(error))
    : undefined
  return judgeOutlook({
    selection,
    ...(validation ? { validation } : {}),
    ...org,
    nowMs: target.nowMs
  })
}
