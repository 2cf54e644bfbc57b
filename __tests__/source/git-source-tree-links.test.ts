import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { GitSourceTree } from '../../src/source/git-source-tree.ts'
import { createRepo, type TestRepo } from '../delta/git-repo.ts'

/** A repository whose one commit holds a link inside the tree and a link out of it. */
function repoWithLinks(): TestRepo & { rev: string } {
  const repo = createRepo(undefined, { 'app/classes/Real.cls': 'public class Real {}\n' })
  symlinkSync('Real.cls', path.join(repo.dir, 'app/classes/Alias.cls'))
  symlinkSync('../../../../etc/hostname', path.join(repo.dir, 'app/classes/Out.cls'))
  return Object.assign(repo, { rev: repo.commit('links') })
}

const repo = repoWithLinks()
const { dir, rev } = repo
afterAll(() => repo.cleanup())

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
