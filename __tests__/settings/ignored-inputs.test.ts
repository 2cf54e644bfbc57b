import { describe, expect, it } from 'vitest'
import type { InputName } from '../../src/settings/inputs.ts'
import { MODES, type Mode } from '../../src/settings/modes.ts'
import { inputProblems } from '../support/raw-inputs.ts'

const TOKEN = {
  'access-token': '00D000000000001!AQ0AQsecret',
  'instance-url': 'https://acme.my.salesforce.com'
}
const ID = '0Af5g00000ABCDEFGH'

/** The problems that say an input would be ignored. */
const ignored = (mode: Mode, values: Partial<Record<InputName, string>>): string[] =>
  inputProblems({ ...TOKEN, mode, ...values }).filter((p) => p.includes('would be ignored'))

describe('inputs the mode does not use', () => {
  it('are never flagged at their action.yml defaults, in any mode', () => {
    for (const mode of MODES) expect(ignored(mode, {}), mode).toEqual([])
  })

  it('take a default written differently as the default', () => {
    expect(ignored('deploy', { 'org-types': 'Production, Sandbox', 'dry-run': 'False' })).toEqual(
      []
    )
  })

  it('are reported together, each naming the input, the value and the mode that uses it', () => {
    expect(
      ignored('deploy', {
        'dry-run': 'true',
        'max-orgs': 'lots',
        'validation-id': ID,
        'compile-files': 'force-app/main/default/classes/A.cls'
      })
    ).toEqual([
      'max-orgs: mode deploy does not use it, so "lots" would be ignored; remove max-orgs or set mode: push-upgrade.',
      'dry-run: mode deploy does not use it, so "true" would be ignored; remove dry-run or set mode: push-upgrade.',
      'compile-files: mode deploy does not use it, so "force-app/main/default/classes/A.cls" would be ignored; remove compile-files or set mode: compile.',
      'validation-id: mode deploy does not use it, so "0Af5g00000ABCDEFGH" would be ignored; remove validation-id or set mode: quick-deploy.'
    ])
  })

  it.each<[Mode, Partial<Record<InputName, string>>, string]>([
    ['quick-deploy', { 'validation-id': ID, 'deploy-id': ID }, 'deploy-id'],
    ['report', { 'deploy-id': ID, 'validation-id': ID }, 'validation-id'],
    ['report', { 'deploy-id': ID, 'test-level': 'RunLocalTests' }, 'test-level'],
    ['retrieve', { 'test-level': 'RunLocalTests' }, 'test-level'],
    ['build', { wait: '5' }, 'wait'],
    ['build', { 'coverage-threshold': '80' }, 'coverage-threshold'],
    ['plan', { 'deploy-id': ID }, 'deploy-id'],
    ['push-upgrade', { 'package-version-id': '04t5g0000000AAA', orgs: 'all', api: 'soap' }, 'api'],
    [
      'push-upgrade',
      { 'package-version-id': '04t5g0000000AAA', orgs: 'all', manifest: 'manifest/package.xml' },
      'manifest'
    ],
    [
      'push-upgrade',
      { 'package-version-id': '04t5g0000000AAA', orgs: 'all', 'cancel-on-timeout': 'true' },
      'cancel-on-timeout'
    ]
  ])('mode %s: %o flags %s', (mode, values, name) => {
    const problems = ignored(mode, values)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${name}: mode ${mode} does not use it`))
  })

  it('are left alone in the modes that read them', () => {
    expect(ignored('quick-deploy', { 'validation-id': ID })).toEqual([])
    expect(ignored('cancel', { 'deploy-id': ID })).toEqual([])
    expect(ignored('compile', { 'compile-files': 'a.cls', 'check-only': 'false' })).toEqual([])
    expect(
      ignored('push-upgrade', {
        'package-version-id': '04t5g0000000AAA',
        orgs: 'all',
        'dry-run': 'true',
        'max-orgs': '5',
        wait: '0'
      })
    ).toEqual([])
  })
})
