import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPackage } from '../../src/source/build-package.ts'
import { FsSourceTree } from '../../src/source/fs-source-tree.ts'

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

/**
 * A project whose `sub` is a link to a folder outside it, with a file `x` both in the project
 * and beside the link's target: `sub/../x` is the project's `x` as a path, the outside one as the
 * kernel resolves it.
 */
function fixture(): string {
  const base = mkdtempSync(path.join(tmpdir(), 'sfda-dotdot-'))
  const root = path.join(base, 'project')
  mkdirSync(path.join(base, 'outside/inner'), { recursive: true })
  writeFileSync(path.join(base, 'outside/x'), 'SECRET')
  mkdirSync(path.join(root, 'force-app/classes'), { recursive: true })
  writeFileSync(path.join(root, 'x'), 'inside')
  symlinkSync(path.join(base, 'outside/inner'), path.join(root, 'sub'))
  return root
}

describe('FsSourceTree reads the path it checked', () => {
  it('reads `link/../x` as the project file x, never the file beside the link target', async () => {
    const tree = new FsSourceTree(fixture())
    expect(new TextDecoder().decode(await tree.readFile('sub/../x'))).toBe('inside')
  })

  it('a replaceWithFile through a link and `..` does not put an outside file into the package', async () => {
    const root = fixture()
    writeFileSync(
      path.join(root, 'sfdx-project.json'),
      JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        sourceApiVersion: '62.0',
        replacements: [{ glob: '**/A.cls', stringToReplace: '%%X%%', replaceWithFile: 'sub/../x' }]
      })
    )
    writeFileSync(
      path.join(root, 'force-app/classes/A.cls'),
      "public class A { String s = '%%X%%'; }"
    )
    writeFileSync(path.join(root, 'force-app/classes/A.cls-meta.xml'), CLASS_META)
    const built = await buildPackage(new FsSourceTree(root), {
      projectDir: '',
      sourceDirs: [],
      ignoreUnknown: false,
      env: {}
    })
    const text = new TextDecoder().decode(built.files.get('classes/A.cls'))
    expect(text).not.toContain('SECRET')
    expect(text).toBe("public class A { String s = 'inside'; }")
  })
})
