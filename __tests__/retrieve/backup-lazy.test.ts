import { describe, expect, it } from 'vitest'
import { backupBeforeDeploy } from '../../src/retrieve/backup.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'

describe('backup: auto', () => {
  it('does not unzip the package when the org is not a production org', async () => {
    let unzipped = 0
    const result = await backupBeforeDeploy(
      () => {
        unzipped++
        return new Map()
      },
      { choice: 'auto', apiVersion: '62.0', wait: {} as never },
      {
        isProduction: () => Promise.resolve(false),
        logger: new MemoryLogger()
      } as never
    )
    expect(result).toBeUndefined()
    expect(unzipped).toBe(0)
    // With backup on, the package is unzipped (the fake ports stop the backup right after).
    await backupBeforeDeploy(
      () => {
        unzipped++
        throw new Error('stop here')
      },
      { choice: 'on', apiVersion: '62.0', wait: {} as never },
      { isProduction: () => Promise.resolve(false), logger: new MemoryLogger() } as never
    ).catch(() => undefined)
    expect(unzipped).toBe(1)
  })
})
