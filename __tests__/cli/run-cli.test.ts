import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { USAGE } from '../../src/cli/parse-args.ts'
import { runCli } from '../../src/cli/run-cli.ts'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A one-class project in `tmp/<name>`; `withMeta: false` leaves the class without its meta file. */
function project(name = 'p', withMeta = true): string {
  const dir = path.join(tmp, name)
  mkdirSync(path.join(dir, 'force-app', 'classes'), { recursive: true })
  writeFileSync(
    path.join(dir, 'sfdx-project.json'),
    JSON.stringify({ packageDirectories: [{ path: 'force-app' }], sourceApiVersion: '62.0' })
  )
  writeFileSync(path.join(dir, 'force-app', 'classes', 'A.cls'), 'class A {}')
  if (withMeta)
    writeFileSync(path.join(dir, 'force-app', 'classes', 'A.cls-meta.xml'), '<ApexClass/>')
  return dir
}

function io(): { out: string[]; err: string[]; io: Parameters<typeof runCli>[1] } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l), env: {} } }
}

describe('local CLI', () => {
  it('writes the metadata-format tree and the zip', async () => {
    const dir = project()
    const cap = io()
    const code = await runCli(
      ['build', '--project', dir, '--out', path.join(tmp, 'out'), '--zip', path.join(tmp, 'x.zip')],
      cap.io
    )
    expect(code).toBe(0)
    expect(readFileSync(path.join(tmp, 'out', 'package.xml'), 'utf8')).toContain(
      '<members>A</members>'
    )
    expect(existsSync(path.join(tmp, 'x.zip'))).toBe(true)
    expect(cap.out[0]).toMatch(/^Built 1 members, 3 files \(API 62\.0\), zip \d+ bytes/)
  })

  it('exits 1 with the problem list on build errors and 2 on usage errors', async () => {
    const dir = project()
    writeFileSync(path.join(dir, 'force-app', 'classes', 'notes.txt'), 'x')
    const cap = io()
    expect(await runCli(['build', '--project', dir, '--out', path.join(tmp, 'o2')], cap.io)).toBe(1)
    expect(cap.err.join()).toContain('match no metadata type')
    expect(await runCli(['build', '--project', dir], io().io)).toBe(2)
    expect(await runCli(['deploy'], io().io)).toBe(2)
  })

  it.each(['--help', '-h', 'help', 'build --help', 'build -h', 'help build'])(
    '`%s` prints the usage on stdout and exits 0',
    async (args) => {
      const cap = io()
      expect(await runCli(args.split(' '), cap.io)).toBe(0)
      expect(cap.out).toEqual([USAGE])
      expect(cap.err).toEqual([])
    }
  )

  it('answers --help even beside a wrong option, and takes --help after -- as no request', async () => {
    const cap = io()
    expect(await runCli(['build', '--bogus', '--help'], cap.io)).toBe(0)
    expect(cap.out).toEqual([USAGE])
    const after = io()
    expect(await runCli(['build', '--out', 'x', '--', '--help'], after.io)).toBe(2)
    expect(after.out).toEqual([])
  })

  it('reports a broken package file with the bad inputs of an engine mode, and exits 2', async () => {
    const dir = project('broken', false)
    const cap = io()
    cap.io.cwd = dir
    cap.io.env = {
      SF_ACCESS_TOKEN: '00D000000000001!AQ0AQtoken',
      SF_INSTANCE_URL: 'https://acme.my.salesforce.com'
    }
    expect(await runCli(['deploy', '--wait', 'soon'], cap.io)).toBe(2)
    const text = [...cap.out, ...cap.err].join('\n')
    expect(text).toContain('wait: got "soon"')
    expect(text).toContain('The package could not be built either (1 problem):')
    expect(text).toContain('A.cls has no A.cls-meta.xml beside it')
  })
})
