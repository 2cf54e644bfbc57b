import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { buildPackage } from '../../src/source/build-package.ts'
import { GitSourceTree } from '../../src/source/git-source-tree.ts'
import { createRepo, type TestRepo } from '../delta/git-repo.ts'

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
const D = 'app/main/default'

/** A commit whose app/main/default/classes is a link to vendor/classes, which links on to a folder. */
function repoWithFolderLinks(): TestRepo & { rev: string } {
  const repo = createRepo(undefined, {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'app', default: true }],
      sourceApiVersion: '62.0'
    }),
    'vendor/classes/Shared.cls': 'public class Shared {}',
    'vendor/classes/Shared.cls-meta.xml': CLASS_META,
    'vendor/more/Other.cls': 'public class Other {}',
    'vendor/more/Other.cls-meta.xml': CLASS_META,
    [`${D}/.keep`]: ''
  })
  symlinkSync('../../../vendor/classes', path.join(repo.dir, D, 'classes'))
  symlinkSync('../more', path.join(repo.dir, 'vendor/classes/more'))
  return Object.assign(repo, { rev: repo.commit('folder links') })
}

/** A commit with a link back to a folder that holds it. */
function repoWithLoop(): TestRepo & { rev: string } {
  const repo = createRepo(undefined, {
    [`${D}/classes/A.cls`]: 'public class A {}',
    'other/B.cls': 'public class B {}'
  })
  symlinkSync('..', path.join(repo.dir, D, 'classes/up'))
  return Object.assign(repo, { rev: repo.commit('loop') })
}

/** A commit whose app/main/default/lwc links to a folder beside the repository. */
function repoWithLinkOut(): TestRepo & { rev: string } {
  const repo = createRepo(undefined, {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'app', default: true }],
      sourceApiVersion: '62.0'
    }),
    [`${D}/classes/A.cls`]: 'public class A {}',
    [`${D}/classes/A.cls-meta.xml`]: CLASS_META,
    'other/B.cls': 'public class B {}'
  })
  symlinkSync('../../../../components/lwc', path.join(repo.dir, D, 'lwc'))
  return Object.assign(repo, { rev: repo.commit('link out') })
}

const linked = repoWithFolderLinks()
const looped = repoWithLoop()
const out = repoWithLinkOut()
afterAll(() => {
  linked.cleanup()
  looped.cleanup()
  out.cleanup()
})

describe('a git revision with committed links to folders', () => {
  it('lists a linked folder (and a link inside it) under the link path, and builds it', async () => {
    const tree = new GitSourceTree({ cwd: linked.dir, rev: linked.rev, prefix: '' })
    try {
      expect(await tree.listFiles('app')).toEqual([
        `${D}/.keep`,
        `${D}/classes/Shared.cls`,
        `${D}/classes/Shared.cls-meta.xml`,
        `${D}/classes/more/Other.cls`,
        `${D}/classes/more/Other.cls-meta.xml`
      ])
      const built = await buildPackage(tree, {
        projectDir: '',
        sourceDirs: [],
        ignoreUnknown: false,
        env: {}
      })
      expect(new TextDecoder().decode(built.files.get('classes/Shared.cls'))).toBe(
        'public class Shared {}'
      )
      expect(new TextDecoder().decode(built.files.get('classes/Other.cls'))).toBe(
        'public class Other {}'
      )
    } finally {
      tree.close()
    }
  })

  it('refuses to read a link to a folder as a file, instead of its raw tree object', async () => {
    const tree = new GitSourceTree({
      cwd: linked.dir,
      rev: linked.rev,
      prefix: '',
      listing: [`${D}/classes`]
    })
    try {
      await expect(tree.readFile(`${D}/classes`)).rejects.toThrow(
        `${D}/classes is a folder at ${linked.rev}`
      )
    } finally {
      tree.close()
    }
  })

  it('stops at a link back to a folder that holds it, naming the link', async () => {
    const tree = new GitSourceTree({ cwd: looped.dir, rev: looped.rev, prefix: '' })
    try {
      // A folder that does not hold the link lists as before.
      expect(await tree.listFiles('other')).toEqual(['other/B.cls'])
      const error = await tree.listFiles('app').then(
        () => undefined,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(BuildError)
      expect((error as BuildError).message).toContain(
        `${D}/classes/up is a symbolic link to a folder that holds the link itself: following it would loop for ever.`
      )
    } finally {
      tree.close()
    }
  })

  it('refuses a link out of the repository as the build of a work tree does, not as an unknown file', async () => {
    const tree = new GitSourceTree({ cwd: out.dir, rev: out.rev, prefix: '' })
    try {
      // A folder that does not hold the link lists as before.
      expect(await tree.listFiles('other')).toEqual(['other/B.cls'])
      const error = await buildPackage(tree, {
        projectDir: '',
        sourceDirs: [],
        ignoreUnknown: false,
        env: {}
      }).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(BuildError)
      const message = (error as BuildError).message
      expect(message).toContain('Refused to read outside the project (1 path)')
      expect(message).toContain(
        `${D}/lwc is a symbolic link that leads out of the repository; a revision holds only what is committed in it`
      )
      expect(message).not.toContain('match no metadata type')
    } finally {
      tree.close()
    }
  })
})
