import type { CancelResult, MetadataApi } from '../../src/metadata-api/metadata-api.ts'
import type { DeployOptions, DeployResult } from '../../src/model/deploy-result.ts'
import type { Clock } from '../../src/shared/clock.ts'

/** A clock that only moves when slept on. */
export class ManualClock implements Clock {
  time: number
  readonly sleeps: number[] = []
  constructor(start = Date.UTC(2026, 10, 1, 12)) {
    this.time = start
  }
  now(): number {
    return this.time
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
  }
}

/** A DeployResult with sensible defaults. */
export function deployResult(overrides: Partial<DeployResult> = {}): DeployResult {
  return {
    id: '0Af000000000001AAA',
    status: 'InProgress',
    done: false,
    success: false,
    checkOnly: false,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: false,
    numberComponentsTotal: 10,
    numberComponentsDeployed: 0,
    numberComponentErrors: 0,
    numberTestsTotal: 0,
    numberTestsCompleted: 0,
    numberTestErrors: 0,
    ...overrides
  }
}

/** A scripted Metadata API: status answers come from `script` (an Error entry is thrown). */
export class FakeMetadataApi implements MetadataApi {
  readonly transport = 'rest' as const
  readonly calls: string[] = []
  private readonly script: (DeployResult | Error)[]
  finalResult: DeployResult | undefined

  constructor(script: (DeployResult | Error)[], finalResult?: DeployResult) {
    this.script = [...script]
    this.finalResult = finalResult
  }
  async deploy(_zip: Uint8Array, _options: DeployOptions): Promise<string> {
    this.calls.push('deploy')
    return '0Af000000000001AAA'
  }
  async checkDeployStatus(id: string, includeDetails: boolean): Promise<DeployResult> {
    this.calls.push(`status:${includeDetails ? 'details' : 'light'}`)
    if (includeDetails && this.finalResult && this.script.length === 0) return this.finalResult
    const next = this.script.length > 1 ? this.script.shift() : this.script[0]
    if (next instanceof Error) throw next
    if (!next) throw new Error(`no scripted status for ${id}`)
    return includeDetails
      ? { ...next, details: next.details ?? { componentSuccesses: [], componentFailures: [] } }
      : next
  }
  async deployRecentValidation(_validationId: string): Promise<string> {
    this.calls.push('quick')
    return '0Af000000000002AAA'
  }
  async cancelDeploy(id: string): Promise<CancelResult> {
    this.calls.push('cancel')
    return { done: false, id }
  }
}
