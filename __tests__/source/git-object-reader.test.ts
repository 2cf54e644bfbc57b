import { afterAll, describe, expect, it } from 'vitest'
import { GitObjectReader } from '../../src/source/git-source-tree.ts'
import { createRepo } from '../delta/git-repo.ts'

const repo = createRepo(undefined, { 'a.txt': 'alpha\n' })
afterAll(() => repo.cleanup())

/** Child processes and pipes that keep the event loop alive. */
const alive = (): number =>
  process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap' || r === 'PipeWrap').length

describe('GitObjectReader', () => {
  it('reads objects, and once closed does not keep the event loop waiting for git to exit', async () => {
    const before = alive()
    const reader = new GitObjectReader(repo.dir).start()
    expect(alive()).toBeGreaterThan(before)
    expect(new TextDecoder().decode(await reader.read('HEAD:a.txt'))).toBe('alpha\n')
    await expect(reader.read('HEAD:missing.txt')).rejects.toThrow(/missing/)
    reader.close()
    expect(alive()).toBe(before)
    reader.close()
  })

  it('starts a new process for a read after close', async () => {
    const reader = new GitObjectReader(repo.dir)
    reader.close()
    expect(new TextDecoder().decode(await reader.read('HEAD:a.txt'))).toBe('alpha\n')
    reader.close()
  })
})
