import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { ForceIgnore } from '../../src/source/forceignore.ts'

describe('ForceIgnore (gitignore semantics)', () => {
  it('matches at any depth without a slash, anchored with one', () => {
    const fi = new ForceIgnore(
      '**/jsconfig.json\nprofiles\nforce-app/main/x.cls\n',
      '.forceignore',
      false
    )
    expect(fi.ignores('force-app/main/default/lwc/jsconfig.json')).toBe(true)
    expect(fi.ignores('force-app/main/default/profiles/Admin.profile-meta.xml')).toBe(true)
    expect(fi.ignores('force-app/main/x.cls')).toBe(true)
    expect(fi.ignores('other/force-app/main/x.cls')).toBe(false)
  })

  it('drops whole folders, so a bundle named by a pattern disappears', () => {
    const fi = new ForceIgnore('**/pubsub\n**/__tests__/**\n', '.forceignore', false)
    expect(fi.ignores('lwc/pubsub/pubsub.js')).toBe(true)
    expect(fi.ignores('lwc/hello/__tests__/hello.test.js')).toBe(true)
    expect(fi.ignores('lwc/hello/hello.js')).toBe(false)
  })

  it('re-includes a file when only the files, not the folder, were excluded', () => {
    const fi = new ForceIgnore(
      '**/settings/**\n!LightningExperience.settings-meta.xml\n',
      '.forceignore',
      false
    )
    expect(fi.ignores('force-app/settings/Account.settings-meta.xml')).toBe(true)
    expect(fi.ignores('force-app/settings/LightningExperience.settings-meta.xml')).toBe(false)
  })

  it('cannot re-include a file below an excluded folder', () => {
    const fi = new ForceIgnore('secret/\n!secret/keep.txt\n', '.forceignore', false)
    expect(fi.ignores('secret/keep.txt')).toBe(true)
  })

  it('trailing slash matches folders only; * does not cross /', () => {
    const fi = new ForceIgnore('build/\n*.tmp\ndocs/*.md\n', '.forceignore', false)
    expect(fi.ignores('build')).toBe(false)
    expect(fi.ignores('build/x.js')).toBe(true)
    expect(fi.ignores('a/b/c.tmp')).toBe(true)
    expect(fi.ignores('docs/a.md')).toBe(true)
    expect(fi.ignores('docs/sub/a.md')).toBe(false)
  })

  it('adds the reference defaults (dot files, .dup) and warns about backslashes', () => {
    const fi = new ForceIgnore('force-app\\main\n')
    expect(fi.ignores('lwc/x/.eslintrc.json')).toBe(true)
    expect(fi.ignores('classes/A.cls.dup')).toBe(true)
    expect(fi.warnings[0]).toContain('backslash')
  })

  it('refuses a pattern that makes no regular expression, naming the file and the line', () => {
    let error: unknown
    try {
      new ForceIgnore('**/jsconfig.json\r\n[z-a]*.cls\r\n', 'force-app/.forceignore')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BuildError)
    expect((error as BuildError).problems).toEqual([
      'force-app/.forceignore: "[z-a]*.cls" is not a valid pattern (Range out of order in character class); fix or remove the line.'
    ])
  })
})

describe('quick test of the text a pattern requires', () => {
  it('never changes an answer (random patterns and paths)', async () => {
    const { ForceIgnore } = await import('../../src/source/forceignore.ts')
    const atoms = [
      'a',
      'B',
      'ab',
      'x.y',
      '/',
      '*',
      '**',
      '?',
      '[ab]',
      '[!a]',
      '.',
      '-',
      'sf',
      '\\*'
    ]
    let seed = 11
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    const word = (n: number, from: string[]): string =>
      Array.from({ length: 1 + rand(n) }, () => from[rand(from.length)]).join('')
    for (let k = 0; k < 3000; k++) {
      const pattern = `${rand(3) === 0 ? '!' : ''}${word(5, atoms)}${rand(4) === 0 ? '/' : ''}`
      const quick = new ForceIgnore(`*.zz\n${pattern}`, 'f', false)
      const slow = new ForceIgnore(`*.zz\n${pattern}`, 'f', false, false)
      for (let p = 0; p < 5; p++) {
        const path = word(6, ['a', 'b', 'A', 'B', '/', 'x.y', 'sf', '.', '-', 'ab/', 'é'])
          .replace(/^\/+|\/+$/g, '')
          .replace(/\/+/g, '/')
        if (path === '') continue
        expect(quick.ignores(path), `${pattern} ${path}`).toBe(slow.ignores(path))
        expect(quick.ignoresDir(path), `${pattern} ${path}/`).toBe(slow.ignoresDir(path))
      }
    }
  })
})
