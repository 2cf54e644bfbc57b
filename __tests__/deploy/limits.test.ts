import { describe, expect, it } from 'vitest'
import { deployOperation } from '../../src/deploy/deploy.ts'
import type { DeployPackage } from '../../src/deploy/deploy-package.ts'
import { checkPackageLimits, DEPLOY_LIMITS } from '../../src/deploy/limits.ts'
import type { OperationPorts } from '../../src/deploy/ports.ts'
import type { ApiTransport } from '../../src/settings/settings.ts'
import { parseFor } from '../support/parse-any.ts'
import { ActionError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { rawInputs } from '../support/raw-inputs.ts'

/** A package of `files` files whose zip is `zipBytes` long (zeros: only the sizes are checked). */
function pkg(files: number, zipBytes = 100, unzippedBytes = 1_000): DeployPackage {
  return {
    zip: new Uint8Array(zipBytes),
    fileCount: files,
    unzippedBytes,
    packageXml: '<Package/>',
    components: [{ type: 'ApexClass', fullName: 'A' }],
    warnings: []
  }
}

describe('deploy limits', () => {
  it('are the Metadata API limits by default: 10,000 files, 39 MB zip through SOAP, 600 MB unzipped', () => {
    expect(DEPLOY_LIMITS).toEqual({
      maxFiles: 10_000,
      maxSoapZipBytes: 39_000_000,
      maxUnzippedBytes: 629_145_600
    })
    expect(checkPackageLimits(pkg(10_000), 'soap').problems).toEqual([])
    expect(checkPackageLimits(pkg(10_001), 'soap').problems.join()).toContain(
      'The package has 10001 files; the Metadata API accepts at most 10000 per deploy.'
    )
    expect(checkPackageLimits(pkg(3, 39_000_000), 'soap').transport).toBe('soap')
    expect(checkPackageLimits(pkg(3, 39_000_001), 'soap')).toMatchObject({
      transport: 'rest',
      problems: []
    })
  })

  it('switches a SOAP zip over the limit to REST and says so; REST stays REST with no note', () => {
    const limits = { maxFiles: 10, maxSoapZipBytes: 1_000_000, maxUnzippedBytes: 2_000_000 }
    expect(checkPackageLimits(pkg(3, 1_000_000), 'soap', limits)).toEqual({
      transport: 'soap',
      problems: [],
      notes: []
    })
    expect(checkPackageLimits(pkg(3, 1_500_000), 'soap', limits).notes).toEqual([
      "The zip is 1.5 MB, over SOAP's 1.0 MB limit; deploying through REST instead."
    ])
    expect(checkPackageLimits(pkg(3, 1_500_000), 'rest', limits)).toEqual({
      transport: 'rest',
      problems: [],
      notes: []
    })
    expect(checkPackageLimits(pkg(11, 100, 2_500_000), 'rest', limits).problems).toEqual([
      'The package has 11 files; the Metadata API accepts at most 10 per deploy. Split it (source-dir or manifest) or deploy a delta.',
      'The package is 2.5 MB uncompressed; the Metadata API accepts at most 2.0 MB. Split it.'
    ])
  })
})

describe('deployOperation', () => {
  const settings = parseFor(
    'deploy',
    rawInputs({
      'access-token': '00D5g0000000SIM!AQ',
      'instance-url': 'https://acme.my.salesforce.com',
      api: 'soap'
    })
  )
  const signedIn = new Error('signed in')

  /** Ports that build `built` and record the transport of the sign-in, which ends the operation. */
  function ports(built: DeployPackage, limits: OperationPorts['limits']) {
    const connects: ApiTransport[] = []
    const value: OperationPorts = {
      clock: { now: () => 0, sleep: () => Promise.resolve() },
      logger: new MemoryLogger(),
      random: () => 0.5,
      env: {},
      connect: (transport) => {
        connects.push(transport)
        return Promise.reject(signedIn)
      },
      buildPackage: () => Promise.resolve(built),
      onDeployId: () => undefined,
      ...(limits ? { limits } : {})
    }
    return { value, connects }
  }

  it('checks the limits the ports give before signing in', async () => {
    const limits = { maxFiles: 10, maxSoapZipBytes: 1_000, maxUnzippedBytes: 1_000_000 }
    const over = ports(pkg(11), limits)
    await expect(deployOperation(settings, over.value)).rejects.toThrow(
      new ActionError(
        'The package has 11 files; the Metadata API accepts at most 10 per deploy. Split it (source-dir or manifest) or deploy a delta.'
      )
    )
    expect(over.connects).toEqual([])
    const big = ports(pkg(3, 1_001), limits)
    await expect(deployOperation(settings, big.value)).rejects.toBe(signedIn)
    expect(big.connects).toEqual(['rest'])
    const real = ports(pkg(11, 1_001), undefined)
    await expect(deployOperation(settings, real.value)).rejects.toBe(signedIn)
    expect(real.connects).toEqual(['soap'])
  })
})
