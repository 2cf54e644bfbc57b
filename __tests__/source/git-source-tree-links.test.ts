import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { GitSourceTree } from '../../src/source/git-source-tree.ts'

/** A repository whose one commit holds a link inside the tree and a link out of it. */
function repoWithLinks(): { dir: string; rev: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-git-links-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com'
      }
    })
  git('init', '-q')
  mkdirSync(path.join(dir, 'app/classes'), { recursive: true })
  writeFileSync(path.join(dir, 'app/classes/Real.cls'), 'public class Real {}\n')
  symlinkSync('Real.cls', path.join(dir, 'app/classes/Alias.cls'))
  symlinkSync('../../../../etc/hostname', path.join(dir, 'app/classes/Out.cls'))
  git('add', '-A')
  git('commit', '-q', '-m', 'links')
  return { dir, rev: git('rev-parse', 'HEAD').trim() }
}

const { dir, rev } = repoWithLinks()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a git revision with committed symbolic links', () => {
  for (const listed of [false, true]) {
    const how = listed ? 'from a given listing' : 'from ls-tree'
    it(`reads a link inside the tree as its target, and refuses one out of it (${how})`, async () => {
      const tree = new GitSourceTree({
        cwd: dir,
        rev,
        prefix: '',
        ...(listed
          ? { listing: ['app/classes/Alias.cls', 'app/classes/Out.cls', 'app/classes/Real.cls'] }
          : {})
      })
      try {
        const alias = new TextDecoder().decode(await tree.readFile('app/classes/Alias.cls'))
        expect(alias).toBe('public class Real {}\n')
        // The link's own text (a path) is never taken for the file's content.
        await expect(tree.readFile('app/classes/Out.cls')).rejects.toThrow(
          /app\/classes\/Out\.cls is a symbolic link that leads out of the repository/
        )
      } finally {
        tree.close()
      }
    })
  }
})
