import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.ts'
import { createRepo, D, KITCHEN_SINK, membersOf, type TestRepo } from './git-repo.ts'

let repo: TestRepo | undefined
let out: string | undefined
afterEach(() => {
  repo?.cleanup()
  if (out) rmSync(out, { recursive: true, force: true })
})

function capture(): { lines: string[]; errors: string[]; io: Parameters<typeof runCli>[1] } {
  const lines: string[] = []
  const errors: string[] = []
  return { lines, errors, io: { out: (l) => lines.push(l), err: (l) => errors.push(l), env: {} } }
}

describe('build --delta-from', () => {
  it('writes the delta package with the destructive manifest beside package.xml', async () => {
    repo = createRepo(KITCHEN_SINK)
    const base = repo.git('rev-parse', 'HEAD').trim()
    repo.write(`${D}/classes/Greeter.cls`, 'public class Greeter {}\n')
    repo.remove(`${D}/tabs/Foo__c.tab-meta.xml`)
    repo.commit()
    out = mkdtempSync(path.join(tmpdir(), 'sfda-cli-delta-'))
    const cap = capture()
    const code = await runCli(
      ['build', '--project', repo.dir, '--delta-from', base, '--out', out],
      cap.io
    )
    expect(code).toBe(0)
    expect(membersOf(readFileSync(path.join(out, 'package.xml'), 'utf8'))).toEqual([
      'ApexClass: Greeter'
    ])
    expect(membersOf(readFileSync(path.join(out, 'destructiveChangesPost.xml'), 'utf8'))).toEqual([
      'CustomTab: Foo__c'
    ])
    expect(existsSync(path.join(out, 'classes', 'Greeter.cls'))).toBe(true)
    expect(cap.lines[0]).toBe(`Delta ${base}..HEAD: 1 members to deploy, 1 to delete.`)
  })

  it('says when there is nothing to deploy, and fails with exit 1 on an unknown base', async () => {
    repo = createRepo(KITCHEN_SINK)
    out = mkdtempSync(path.join(tmpdir(), 'sfda-cli-delta-'))
    const empty = capture()
    expect(
      await runCli(['build', '--project', repo.dir, '--delta-from', 'HEAD', '--out', out], empty.io)
    ).toBe(0)
    expect(empty.lines[0]).toBe('Nothing to deploy: no metadata changes between HEAD and HEAD.')
    const bad = capture()
    expect(
      await runCli(['build', '--project', repo.dir, '--delta-from', 'nope', '--out', out], bad.io)
    ).toBe(1)
    expect(bad.errors.join('\n')).toContain('delta-from nope is not a commit in this clone')
    expect(
      await runCli(
        ['build', '--project', repo.dir, '--delta-to', 'HEAD', '--out', out],
        capture().io
      )
    ).toBe(2)
  })
})
