import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { buildPackage } from '../../src/source/build-package.ts'
import { FsSourceTree } from '../../src/source/fs-source-tree.ts'

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
const LWC_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n'

/**
 * A project whose classes and lwc folders live in `vendor/` and are linked into
 * force-app/main/default, and a folder beside the project (outside it).
 */
function fixture(): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'sfda-folder-links-'))
  const root = path.join(base, 'project')
  const outside = path.join(base, 'outside')
  const files: Record<string, string> = {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '62.0'
    }),
    'vendor/classes/Shared.cls': 'public class Shared {}',
    'vendor/classes/Shared.cls-meta.xml': CLASS_META,
    'vendor/lwc/hello/hello.js': 'export default class Hello {}',
    'vendor/lwc/hello/hello.js-meta.xml': LWC_META,
    'force-app/main/default/.keep': ''
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  mkdirSync(path.join(outside, 'classes'), { recursive: true })
  writeFileSync(path.join(outside, 'classes/Out.cls'), 'public class Out {}')
  writeFileSync(path.join(outside, 'classes/Out.cls-meta.xml'), CLASS_META)
  return { root, outside }
}

const DEFAULT = 'force-app/main/default'

function link(root: string, target: string, at: string): void {
  symlinkSync(target, path.join(root, at))
}

const build = (root: string): ReturnType<typeof buildPackage> =>
  buildPackage(new FsSourceTree(root), {
    projectDir: '',
    sourceDirs: [],
    ignoreUnknown: false,
    env: {}
  })

async function problemsOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BuildError)
  return (error as BuildError).message
}

describe('FsSourceTree follows links to folders inside the project, as the Salesforce CLI does', () => {
  it('packages the components of a linked classes folder and a linked lwc folder', async () => {
    const { root } = fixture()
    link(root, '../../../vendor/classes', `${DEFAULT}/classes`)
    link(root, '../../../vendor/lwc', `${DEFAULT}/lwc`)
    expect(await new FsSourceTree(root).listFiles('force-app')).toEqual([
      `${DEFAULT}/.keep`,
      `${DEFAULT}/classes/Shared.cls`,
      `${DEFAULT}/classes/Shared.cls-meta.xml`,
      `${DEFAULT}/lwc/hello/hello.js`,
      `${DEFAULT}/lwc/hello/hello.js-meta.xml`
    ])
    const built = await build(root)
    expect([...built.files.keys()].sort()).toEqual([
      'classes/Shared.cls',
      'classes/Shared.cls-meta.xml',
      'lwc/hello/hello.js',
      'lwc/hello/hello.js-meta.xml',
      'package.xml'
    ])
    expect(new TextDecoder().decode(built.files.get('classes/Shared.cls'))).toBe(
      'public class Shared {}'
    )
  })

  it('walks two links to one folder, and a link to a sibling folder: neither is a loop', async () => {
    const { root } = fixture()
    link(root, '../../../vendor/lwc', `${DEFAULT}/lwc`)
    mkdirSync(path.join(root, 'force-app/more'))
    link(root, '../../vendor/lwc', 'force-app/more/lwc')
    link(root, 'lwc', `${DEFAULT}/alias`)
    const files = await new FsSourceTree(root).listFiles('force-app')
    expect(files).toContain(`${DEFAULT}/lwc/hello/hello.js`)
    expect(files).toContain(`${DEFAULT}/alias/hello/hello.js`)
    expect(files).toContain('force-app/more/lwc/hello/hello.js')
  })

  it('refuses a link to a folder outside the project, naming it, where it leads and the fix', async () => {
    const { root, outside } = fixture()
    link(root, '../../../vendor/lwc', `${DEFAULT}/lwc`)
    link(root, path.join(outside, 'classes'), `${DEFAULT}/classes`)
    const message = await problemsOf(build(root))
    expect(message).toContain(
      `${DEFAULT}/classes is a symbolic link that leads outside the project, to ${path.join(realpathSync(outside), 'classes')}; move the folder into the project and link to it there, or replace the link with a copy of the folder.`
    )
    expect(message).not.toContain('Out.cls')
  })

  it('stops at a link back to a folder that holds it, naming the link, instead of walking for ever', async () => {
    const { root } = fixture()
    link(root, '../../../vendor/classes', `${DEFAULT}/classes`)
    link(root, '..', 'vendor/classes/up')
    const message = await problemsOf(build(root))
    expect(message).toContain(
      `${DEFAULT}/classes/up is a symbolic link to .., a folder that holds the link itself: following it would loop for ever.`
    )
  })

  it('stops at a loop of two links, each to the folder of the other', async () => {
    const { root } = fixture()
    mkdirSync(path.join(root, 'force-app/a'))
    mkdirSync(path.join(root, 'force-app/b'))
    link(root, '../b', 'force-app/a/to-b')
    link(root, '../a', 'force-app/b/to-a')
    const message = await problemsOf(new FsSourceTree(root).listFiles('force-app'))
    expect(message).toMatch(/force-app\/a\/to-b\/to-a is a symbolic link to \.\.\/a, .* loop/)
    expect(message).toMatch(/force-app\/b\/to-a\/to-b is a symbolic link to \.\.\/b, .* loop/)
  })
})
