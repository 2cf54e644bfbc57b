import type { DeployOptions, DeployResult } from '../model/deploy-result.ts'

/** Result of a cancel request: done=true means the deploy had not started and is now Canceled. */
export interface CancelResult {
  done: boolean
  id: string
}

/** The Metadata API deploy operations, over SOAP or REST. */
export interface MetadataApi {
  /** Which transport this is, for logs and summaries. */
  readonly transport: 'rest' | 'soap'
  /** Starts a deploy or validation; returns the deploy id. Not idempotent. */
  deploy(zip: Uint8Array, options: DeployOptions): Promise<string>
  checkDeployStatus(id: string, includeDetails: boolean): Promise<DeployResult>
  /** Quick-deploys a validation; returns the id of the new deploy. Not idempotent. */
  deployRecentValidation(validationId: string): Promise<string>
  cancelDeploy(id: string): Promise<CancelResult>
}
