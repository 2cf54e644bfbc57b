/**
 * Deltas of projects whose component folders are symbolic links to folders elsewhere in the
 * repository: git reports a change where the file really is, the package lists it under the
 * link, so the delta must see the change there, at the base and at the head, and whether the
 * head is the checked-out commit (listed from the index, where a link is one entry) or not.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeltaBuild } from '../../src/delta/delta-build.ts'
import { buildPackage } from '../../src/source/build-package.ts'
import { BuildError } from '../../src/source/build-error.ts'
import { FsSourceTree } from '../../src/source/fs-source-tree.ts'
import { createRepo, D, delta, membersOf, text, type TestRepo } from './git-repo.ts'

const LWC_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n'
const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

const lwc = (dir: string, name: string, body = `export default class ${name} {}\n`) => ({
  [`${dir}/${name}/${name}.js`]: body,
  [`${dir}/${name}/${name}.js-meta.xml`]: LWC_META
})

/** force-app/main/default/lwc links to vendor/lwc (outside the package directory). */
let repo: TestRepo
let linked: string
beforeAll(() => {
  repo = createRepo(undefined, {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '62.0'
    }),
    ...lwc('vendor/lwc', 'hello'),
    ...lwc('vendor/lwc', 'bye'),
    ...lwc('other/lwc', 'hello', 'export default class hello { other() {} }\n'),
    ...lwc('other/lwc', 'fresh'),
    'vendor/classes/Util.cls': 'public class Util {}\n',
    'vendor/classes/Util.cls-meta.xml': CLASS_META,
    [`${D}/classes/Real.cls`]: 'public class Real {}\n',
    [`${D}/classes/Real.cls-meta.xml`]: CLASS_META
  })
  symlinkSync('../../../vendor/lwc', path.join(repo.dir, D, 'lwc'))
  linked = repo.commit('link lwc')
})
afterAll(() => repo.cleanup())

const pkg = (b: DeltaBuild): string[] => membersOf(text(b, 'package.xml'))
const post = (b: DeltaBuild): string[] => membersOf(text(b, 'destructiveChangesPost.xml'))
const files = (b: DeltaBuild): string[] => [...b.built.files.keys()].sort()
const relink = (link: string, target: string): void => {
  unlinkSync(path.join(repo.dir, link))
  symlinkSync(target, path.join(repo.dir, link))
}

/** From the linked commit, `change` committed; the delta to HEAD, and to that commit once HEAD moved on. */
async function both(change: () => void): Promise<[DeltaBuild, DeltaBuild]> {
  repo.branchFrom(linked)
  change()
  const to = repo.commit('change')
  const checkedOut = await delta(repo, linked)
  repo.write('README.md', 'not metadata\n')
  repo.commit('later')
  return [checkedOut, await delta(repo, linked, { to })]
}

describe('a delta through a link to a folder', () => {
  it('deploys a component changed in the link target, under the link, as the full build packages it', async () => {
    const builds = await both(() =>
      repo.write('vendor/lwc/hello/hello.js', 'export default class hello { changed() {} }\n')
    )
    // The full build of the checkout (the later commit: hello as the delta's head has it).
    const full = await buildPackage(new FsSourceTree(repo.dir), {
      projectDir: '',
      sourceDirs: [],
      ignoreUnknown: false,
      env: {}
    })
    for (const b of builds) {
      expect(pkg(b)).toEqual(['LightningComponentBundle: hello'])
      expect(files(b)).toEqual(['lwc/hello/hello.js', 'lwc/hello/hello.js-meta.xml', 'package.xml'])
      expect(post(b)).toEqual([])
      for (const file of ['lwc/hello/hello.js', 'lwc/hello/hello.js-meta.xml'])
        expect(text(b, file)).toBe(new TextDecoder().decode(full.files.get(file)))
    }
  })

  it('deletes a component deleted from the link target', async () => {
    for (const b of await both(() => repo.remove('vendor/lwc/bye'))) {
      expect(pkg(b)).toEqual([])
      expect(post(b)).toEqual(['LightningComponentBundle: bye'])
    }
  })

  it('deletes what the old target held and adds what the new one holds when the link is retargeted', async () => {
    for (const b of await both(() => relink(`${D}/lwc`, '../../../other/lwc'))) {
      // hello is in both folders with other content, fresh only in the new one, bye only in the old.
      expect(pkg(b)).toEqual(['LightningComponentBundle: fresh, hello'])
      expect(post(b)).toEqual(['LightningComponentBundle: bye'])
      expect(b.plan.entries).toEqual(
        expect.arrayContaining([
          { type: 'LightningComponentBundle', fullName: 'bye', change: 'deleted' },
          { type: 'LightningComponentBundle', fullName: 'fresh', change: 'added' },
          { type: 'LightningComponentBundle', fullName: 'hello', change: 'changed' }
        ])
      )
    }
  })

  it('adds every component of a link to a folder added in the range, and deletes them with the link', async () => {
    repo.branchFrom(linked)
    symlinkSync('../../../vendor/classes', path.join(repo.dir, D, 'sharedClasses'))
    const added = repo.commit('link classes')
    expect(pkg(await delta(repo, linked))).toEqual(['ApexClass: Util'])
    repo.remove(`${D}/sharedClasses`)
    repo.commit('unlink classes')
    const b = await delta(repo, added)
    expect(pkg(b)).toEqual([])
    expect(post(b)).toEqual(['ApexClass: Util'])
  })

  it('deletes every component of a linked folder replaced by nothing, and counts a target changed in the same commit', async () => {
    for (const b of await both(() => {
      repo.write('vendor/lwc/hello/hello.js', 'export default class hello { gone() {} }\n')
      repo.remove(`${D}/lwc`)
    })) {
      expect(pkg(b)).toEqual([])
      expect(post(b)).toEqual(['LightningComponentBundle: bye, hello'])
    }
  })

  it('deploys nothing for a real folder replaced by a link to a copy of it', async () => {
    repo.branchFrom(linked)
    repo.move(`${D}/classes`, 'vendor/real')
    symlinkSync('../../../vendor/real', path.join(repo.dir, D, 'classes'))
    repo.commit('move classes out and link them back')
    const b = await delta(repo, linked)
    expect(b.empty).toBe(true)
  })

  it('follows a link inside a linked folder, and a change behind it', async () => {
    repo.branchFrom(linked)
    symlinkSync('../../other/lwc/fresh', path.join(repo.dir, 'vendor/lwc/fresh'))
    const nested = repo.commit('nested link')
    expect(pkg(await delta(repo, linked))).toEqual(['LightningComponentBundle: fresh'])
    repo.write('other/lwc/fresh/fresh.js', 'export default class fresh { changed() {} }\n')
    repo.commit('change behind the nested link')
    const b = await delta(repo, nested)
    expect(pkg(b)).toEqual(['LightningComponentBundle: fresh'])
    expect(text(b, 'lwc/fresh/fresh.js')).toContain('changed()')
  })

  it('follows links of a project in a sub-folder of the repository', async () => {
    const sub = createRepo(undefined, {
      'app/sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        sourceApiVersion: '62.0'
      }),
      ...lwc('app/vendor/lwc', 'hello')
    })
    try {
      mkdirSync(path.join(sub.dir, 'app', D), { recursive: true })
      symlinkSync('../../../vendor/lwc', path.join(sub.dir, 'app', D, 'lwc'))
      const start = sub.commit('link')
      sub.write('app/vendor/lwc/hello/hello.js', 'export default class hello { sub() {} }\n')
      sub.commit('change')
      const b = await delta(sub, start, { root: path.join(sub.dir, 'app') })
      expect(pkg(b)).toEqual(['LightningComponentBundle: hello'])
      expect(text(b, 'lwc/hello/hello.js')).toContain('sub()')
    } finally {
      sub.cleanup()
    }
  })

  it('fails naming a link in a package directory that leads back to a folder holding it', async () => {
    repo.branchFrom(linked)
    symlinkSync('..', path.join(repo.dir, D, 'classes/up'))
    repo.write(`${D}/classes/Real.cls`, 'public class Real { }\n')
    repo.commit('loop')
    const error = await delta(repo, linked).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(BuildError)
    expect((error as BuildError).message).toContain(
      `${D}/classes/up is a symbolic link to a folder that holds the link itself: following it would loop for ever.`
    )
  })

  it('refuses a linked folder of the checkout that leads outside the project, as the full build does', async () => {
    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'sfda-outside-')))
    try {
      repo.branchFrom(linked)
      symlinkSync(outside, path.join(repo.dir, D, 'aura'))
      repo.write(`${D}/classes/Real.cls`, 'public class Real { }\n')
      repo.commit('link out')
      const error = await delta(repo, linked).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(BuildError)
      expect((error as BuildError).message).toContain(
        `${D}/aura is a symbolic link that leads outside the project, to ${outside}; move the folder into the project`
      )
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})
