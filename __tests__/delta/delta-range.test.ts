import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRepo, D, delta, KITCHEN_SINK, membersOf, text, type TestRepo } from './git-repo.ts'

const CLASS = 'public class Added {}\n'
const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'

// One repository for the whole file; each test starts its own branch from the kitchen-sink commit.
let repo: TestRepo
let kitchenSink: string
beforeAll(() => {
  repo = createRepo(KITCHEN_SINK)
  kitchenSink = repo.git('rev-parse', 'HEAD').trim()
})
afterAll(() => repo.cleanup())

describe('which commits a delta compares', () => {
  it('diffs from the merge-base, so work that landed on the target meanwhile is not deleted; exact does', async () => {
    repo.branchFrom(kitchenSink)
    repo.git('branch', 'target')
    repo.write(
      `${D}/classes/Greeter.cls`,
      "public class Greeter {\n    public static String hi() { return 'feature'; }\n}\n"
    )
    const feature = repo.commit('feature work')
    repo.git('checkout', '-q', 'target')
    repo.write(`${D}/classes/Added.cls`, CLASS)
    repo.write(`${D}/classes/Added.cls-meta.xml`, META)
    repo.commit('landed on the target after the branch point')
    repo.git('checkout', '-q', feature)
    const merged = await delta(repo, 'target')
    expect(membersOf(text(merged, 'package.xml'))).toEqual(['ApexClass: Greeter'])
    expect(merged.built.files.has('destructiveChangesPost.xml')).toBe(false)
    expect(merged.range.warnings.join('\n')).toContain('is not an ancestor')
    const exact = await delta(repo, 'target', { base: 'exact' })
    expect(membersOf(text(exact, 'destructiveChangesPost.xml'))).toEqual(['ApexClass: Added'])
  })

  it('reads delta-to from git when it is not the checked-out commit', async () => {
    repo.branchFrom(kitchenSink)
    const base = kitchenSink
    repo.write(`${D}/classes/Added.cls`, CLASS)
    repo.write(`${D}/classes/Added.cls-meta.xml`, META)
    const middle = repo.commit('add a class')
    repo.remove(`${D}/classes/Added.cls`)
    repo.remove(`${D}/classes/Added.cls-meta.xml`)
    repo.commit('and remove it again')
    const b = await delta(repo, base, { to: middle })
    expect(membersOf(text(b, 'package.xml'))).toEqual(['ApexClass: Added'])
    expect(text(b, 'classes/Added.cls')).toBe(CLASS)
  })

  it('is empty when nothing changed, and says so', async () => {
    repo.branchFrom(kitchenSink)
    const b = await delta(repo, 'HEAD')
    expect(b.empty).toBe(true)
    expect(b.deletions).toEqual([])
    expect(membersOf(text(b, 'package.xml'))).toEqual([])
  })

  it('names the shallow clone and fetch-depth: 0 when the base is missing', async () => {
    repo.branchFrom(kitchenSink)
    const base = kitchenSink
    repo.write(`${D}/classes/Added.cls`, CLASS)
    repo.write(`${D}/classes/Added.cls-meta.xml`, META)
    repo.commit()
    const clone = `${repo.dir}-shallow`
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, clone)
    try {
      await expect(delta({ ...repo, dir: clone }, base)).rejects.toThrow(
        new RegExp(
          `delta-from ${base} is not a commit in this clone\\. This clone is shallow .*fetch-depth: 0`
        )
      )
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  it('names an unknown ref without blaming a full clone', async () => {
    repo.branchFrom(kitchenSink)
    await expect(delta(repo, 'no-such-branch')).rejects.toThrow(
      /delta-from no-such-branch is not a commit in this clone\. Fetch it first/
    )
  })

  it('fails clearly outside a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sfda-no-git-'))
    cpSync(KITCHEN_SINK, dir, { recursive: true })
    try {
      await expect(delta({ ...repo, dir }, 'HEAD')).rejects.toThrow(
        /is not inside a git repository/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
