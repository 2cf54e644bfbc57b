import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { escapeFromProject } from '../../src/source/fs-contained-path.ts'
import { FsSourceTree } from '../../src/source/fs-source-tree.ts'

/** A project folder with `files`, and a folder beside it (outside the project). */
function fixture(files: Record<string, string> = {}): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'sfda-tree-'))
  const root = path.join(base, 'project')
  const outside = path.join(base, 'outside')
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'secret.txt'), 'secret')
  for (const [file, text] of Object.entries({ 'src/a.cls': 'a', ...files })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  return { root, outside }
}

const refused = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BuildError)
  return (error as BuildError).problems.join('\n')
}

describe('FsSourceTree keeps reads inside its root', () => {
  it('reads links whose real path stays inside, and skips dangling ones that would', async () => {
    const { root } = fixture()
    symlinkSync(path.join(root, 'src/a.cls'), path.join(root, 'src/b.cls'))
    symlinkSync('missing.cls', path.join(root, 'src/dangling.cls'))
    const tree = new FsSourceTree(root)
    expect(await tree.listFiles('src')).toEqual(['src/a.cls', 'src/b.cls'])
    expect(new TextDecoder().decode(await tree.readFile('src/b.cls'))).toBe('a')
  })

  it('refuses links out of the root, dangling or not, naming each', async () => {
    const { root, outside } = fixture()
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'src/leak.cls'))
    symlinkSync(path.join(outside, 'gone.txt'), path.join(root, 'src/gone.cls'))
    symlinkSync(outside, path.join(root, 'src/folder'))
    const tree = new FsSourceTree(root)
    const problems = await refused(tree.listFiles('src'))
    expect(problems).toMatch(/src\/folder is a symbolic link that leads outside the project/)
    expect(problems).toMatch(/src\/gone\.cls is a symbolic link that leads outside the project/)
    expect(problems).toMatch(/src\/leak\.cls is a symbolic link that leads outside the project/)
    expect(await refused(tree.readFile('src/leak.cls'))).toContain('src/leak.cls')
  })

  it('refuses a walked or read folder that is a link out, and paths that climb out', async () => {
    const { root, outside } = fixture()
    symlinkSync(outside, path.join(root, 'linked'))
    const tree = new FsSourceTree(root)
    expect(await refused(tree.listFiles('linked'))).toMatch(/^linked leads outside the project/)
    expect(await refused(tree.readFile('linked/secret.txt'))).toMatch(/linked leads outside/)
    expect(await refused(tree.readFile('src/../../outside/secret.txt'))).toMatch(/outside/)
  })

  it('refuses links into .git, and files that are not regular', async () => {
    const { root } = fixture({ '.git/config': 'token' })
    symlinkSync(path.join(root, '.git/config'), path.join(root, 'src/config.cls'))
    execFileSync('mkfifo', [path.join(root, 'src/pipe.cls')])
    const problems = await refused(new FsSourceTree(root).listFiles('src'))
    expect(problems).toMatch(/src\/config\.cls is a symbolic link that leads into \.git/)
    expect(problems).toMatch(/src\/pipe\.cls is not a regular file/)
    expect(await refused(new FsSourceTree(root).readFile('src/pipe.cls'))).toContain('pipe')
  })

  it('judges missing paths by where they would be', () => {
    const { root, outside } = fixture()
    expect(escapeFromProject(root, path.join(root, 'not/yet/there'))).toBeUndefined()
    expect(escapeFromProject(root, path.join(outside, 'x'))).toMatch(/outside the project/)
    symlinkSync(outside, path.join(root, 'out'))
    expect(escapeFromProject(root, path.join(root, 'out/new/file'))).toMatch(/outside/)
  })

  it('refuses names with control characters, quoting them', async () => {
    const { root } = fixture({ 'src/a\tb.cls': 'x', 'src/x\n::error::y.cls': 'x' })
    const problems = await refused(new FsSourceTree(root).listFiles('src'))
    expect(problems).toContain('"src/a\\tb.cls" has a control character in its name')
    expect(problems).toContain('"src/x\\n::error::y.cls" has a control character in its name')
    expect(problems).not.toMatch(/\n::error/)
  })
})
