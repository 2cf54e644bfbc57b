import type { OrgConnection } from '../auth/token-client.ts'
import type { MetadataApi } from '../metadata-api/metadata-api.ts'
import type { OrgCaller } from '../metadata-api/org-caller.ts'
import type { ApiTransport, BuildRequest } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import type { RunEnv } from '../shared/env.ts'
import type { Logger } from '../shared/logger.ts'
import type { DeployPackage } from './deploy-package.ts'
import type { DeployLimits } from './limits.ts'

/** A signed-in org with a Metadata API client of the chosen transport. */
export interface OrgSession {
  connection: OrgConnection
  apiVersion: string
  api: MetadataApi
  notes: string[]
  /** The signed-in caller, for clients beyond the deploy API (retrieve, REST queries). */
  caller?: OrgCaller
}

/** Everything the operations need from the outside world. */
export interface OperationPorts {
  clock: Clock
  logger: Logger
  random: () => number
  /** The environment the run started with (the pull request's base for patch coverage). */
  env: RunEnv
  /** Signs in and picks the API version (package version when given, capped at the org's max). */
  connect(transport: ApiTransport, packageApiVersion?: string): Promise<OrgSession>
  /** Builds the deploy package from the settings' package source. */
  buildPackage(request: BuildRequest): Promise<DeployPackage>
  /** Backs up the org's versions of the package's components before the deploy (backup input). */
  backup?(
    pkg: DeployPackage,
    session: OrgSession
  ): Promise<{ sections: string[]; notes: string[] } | undefined>
  /** Called as soon as a deploy id exists: outputs and state for the post step. */
  onDeployId(id: string): void
  /** The Metadata API limits to check the package against (default the real ones). */
  limits?: DeployLimits
  /** A notice on lines of a repository file (patch coverage's uncovered changed lines). */
  annotate?(a: { path: string; startLine: number; endLine: number; message: string }): void
}
