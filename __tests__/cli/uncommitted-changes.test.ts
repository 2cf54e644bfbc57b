import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.ts'
import { parsePorcelain } from '../../src/cli/uncommitted-changes.ts'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sfda-uncommitted-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8'
  })

/** A committed project with one class; returns its folder. */
function repo(name: string): string {
  const dir = path.join(tmp, name)
  const classes = path.join(dir, 'force-app', 'main', 'default', 'classes')
  mkdirSync(classes, { recursive: true })
  writeFileSync(
    path.join(dir, 'sfdx-project.json'),
    JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '62.0'
    })
  )
  writeFileSync(path.join(classes, 'A.cls'), 'public class A {}\n')
  writeFileSync(
    path.join(classes, 'A.cls-meta.xml'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
  )
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  return dir
}

async function buildDelta(dir: string, ...extra: string[]): Promise<string[]> {
  const err: string[] = []
  const io = { out: () => undefined, err: (l: string) => err.push(l), env: {} }
  const args = ['build', '--project', dir, '--delta-from', 'HEAD', '--zip', path.join(dir, 'o.zip')]
  expect(await runCli([...args, ...extra], io)).toBe(0)
  return err
}

describe('a delta on a laptop with uncommitted changes', () => {
  it('warns, naming the uncommitted files in package directories only', async () => {
    const dir = repo('dirty')
    writeFileSync(path.join(dir, 'force-app/main/default/classes/A.cls'), 'public class A { }\n')
    writeFileSync(path.join(dir, 'force-app/main/default/classes/B.cls'), 'public class B {}\n')
    // Report files of an earlier run are not a change to warn about.
    mkdirSync(path.join(dir, 'sf-deploy-results'))
    writeFileSync(path.join(dir, 'sf-deploy-results', 'junit.xml'), '<testsuites/>')
    const err = await buildDelta(dir)
    const warning = err.find((l) => l.includes('uncommitted'))
    expect(warning).toMatch(/^warning: 2 files have uncommitted changes \(/)
    expect(warning).toContain('force-app/main/default/classes/A.cls')
    expect(warning).toContain('force-app/main/default/classes/B.cls')
    expect(warning).toContain('commit them to include them')
    expect(warning).not.toContain('sf-deploy-results')
  })

  it('says nothing on a clean tree, or when the delta ends at another commit', async () => {
    const dir = repo('clean')
    expect((await buildDelta(dir)).filter((l) => l.includes('uncommitted'))).toEqual([])
    writeFileSync(path.join(dir, 'force-app/main/default/classes/A.cls'), 'changed\n')
    const toCommit = await buildDelta(dir, '--delta-to', git(dir, 'rev-parse', 'HEAD').trim())
    expect(toCommit.filter((l) => l.includes('uncommitted'))).toEqual([])
  })

  it('reads git status -z entries, renames with their source path', () => {
    expect(parsePorcelain(' M a.cls\0R  new.cls\0old.cls\0?? b.cls\0')).toEqual([
      'a.cls',
      'new.cls',
      'b.cls'
    ])
  })

  it('prints a file name holding an escape sequence as text, never as a terminal command', async () => {
    const dir = repo('hostile')
    // OSC 0 (set the window title) then a colour: both must reach the terminal as plain text.
    const name = 'force-app/main/default/classes/\u001b]0;pwned\u0007\u001b[31mX.cls'
    writeFileSync(path.join(dir, name), 'public class X {}\n')
    const err = await buildDelta(dir)
    const text = err.join('\n')
    expect(text).toContain('\\x1b]0;pwned\\x07\\x1b[31mX.cls')
    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/)
  })
})
