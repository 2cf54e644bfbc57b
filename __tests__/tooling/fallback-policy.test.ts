import { describe, expect, it } from 'vitest'
import { defaultRegistry } from '../../src/source/registry/registry.ts'
import { classifyFiles } from '../../src/tooling/classify-files.ts'
import type { OrgFacts, RequestStatus } from '../../src/tooling/compile-model.ts'
import {
  chooseRoute,
  isProduction,
  matchEntities,
  MAX_TOOLING_FILES,
  reasonAfterRequest,
  shouldRetry
} from '../../src/tooling/fallback-policy.ts'

const org = (over: Partial<OrgFacts> = {}): OrgFacts => ({
  isSandbox: true,
  organizationType: 'Enterprise Edition',
  trialExpirationDate: null,
  namespacePrefix: null,
  ...over
})
const production = org({ isSandbox: false })
const classify = (...paths: string[]): ReturnType<typeof classifyFiles> =>
  classifyFiles(
    paths.map((path) => ({ path, change: 'changed' })),
    defaultRegistry()
  )
const status = (over: Partial<RequestStatus>): RequestStatus => ({
  id: '1dr',
  state: 'Completed',
  rawState: 'Completed',
  failures: [],
  successes: [],
  ...over
})

describe('fallback policy', () => {
  it('tells production from sandboxes, Developer Edition and scratch orgs', () => {
    expect(isProduction(production)).toBe(true)
    expect(isProduction(org())).toBe(false)
    expect(isProduction(org({ isSandbox: false, organizationType: 'Developer Edition' }))).toBe(
      false
    )
    expect(
      isProduction(org({ isSandbox: false, trialExpirationDate: '2026-12-01T00:00:00.000+0000' }))
    ).toBe(false)
  })

  it('sends existing Apex in a sandbox to the Tooling API', () => {
    const route = chooseRoute(
      org(),
      classify(
        'fa/classes/A.cls',
        'fa/triggers/T.trigger',
        'fa/pages/P.page',
        'fa/components/C.component'
      ),
      true
    )
    expect(route).toEqual({
      api: 'tooling',
      members: [
        { path: 'fa/classes/A.cls', type: 'ApexClass', name: 'A' },
        { path: 'fa/triggers/T.trigger', type: 'ApexTrigger', name: 'T' },
        { path: 'fa/pages/P.page', type: 'ApexPage', name: 'P' },
        { path: 'fa/components/C.component', type: 'ApexComponent', name: 'C' }
      ]
    })
  })

  it('refuses saving to production before anything else', () => {
    const route = chooseRoute(production, classify('fa/classes/A.cls'), false)
    expect(route.api).toBe('refused')
  })

  it('states every reason for the Metadata API at once', () => {
    const files = [
      ...classify('fa/classes/A.cls', 'fa/lwc/x/x.js', 'fa/classes/B.cls-meta.xml'),
      ...classifyFiles([{ path: 'fa/classes/Gone.cls', change: 'deleted' }], defaultRegistry())
    ]
    const route = chooseRoute(production, files, true)
    expect(route.api).toBe('metadata-api')
    const reasons = route.api === 'metadata-api' ? route.reasons : []
    expect(reasons).toHaveLength(4)
    expect(reasons[0]).toContain('production')
    expect(reasons[1]).toBe('fa/lwc/x/x.js is not an Apex class, trigger, page or component')
    expect(reasons[2]).toContain('fa/classes/Gone.cls was deleted')
    expect(reasons[3]).toContain('only the metadata file changed for fa/classes/B.cls-meta.xml')
  })

  it('accepts a meta file listed with its source file', () => {
    expect(
      chooseRoute(org(), classify('fa/classes/A.cls', 'fa/classes/A.cls-meta.xml'), true).api
    ).toBe('tooling')
  })

  it('sends more than the file limit to the Metadata API', () => {
    const many = Array.from({ length: MAX_TOOLING_FILES + 1 }, (_, i) => `fa/classes/C${i}.cls`)
    const route = chooseRoute(org(), classify(...many), true)
    expect(route).toEqual({
      api: 'metadata-api',
      reasons: [
        `${MAX_TOOLING_FILES + 1} files are more than ${MAX_TOOLING_FILES}; a container saves no time there`
      ]
    })
  })

  it('treats components the org lacks (or holds in another namespace) as new', () => {
    const members = [
      { path: 'a', type: 'ApexClass' as const, name: 'Known' },
      { path: 'b', type: 'ApexClass' as const, name: 'Fresh' },
      { path: 'c', type: 'ApexTrigger' as const, name: 'Other' }
    ]
    const entities = [
      { type: 'ApexClass' as const, id: '01p1', name: 'known', namespacePrefix: null },
      { type: 'ApexTrigger' as const, id: '01q1', name: 'Other', namespacePrefix: 'pkg' }
    ]
    const result = matchEntities(members, entities, null)
    expect([...result.matched.keys()]).toEqual(['a'])
    expect(result.reasons).toEqual([
      'ApexClass Fresh, ApexTrigger Other are new to the org; containers only update existing components'
    ])
  })

  it('retries Error and Invalidated once, then falls back', () => {
    const error = status({ state: 'Error', errorMsg: 'boom' })
    expect(shouldRetry(error, false)).toBe(true)
    expect(shouldRetry(error, true)).toBe(false)
    expect(reasonAfterRequest(error, false)).toBeUndefined()
    expect(reasonAfterRequest(error, true)).toBe('the Tooling API answered Error twice (boom)')
    expect(reasonAfterRequest(status({ state: 'Invalidated' }), true)).toContain(
      'invalidated the request twice'
    )
    expect(shouldRetry(status({ state: 'Failed' }), false)).toBe(false)
  })

  it('falls back when scheduled jobs block a save', () => {
    const blocked = status({
      state: 'Failed',
      failures: [
        {
          componentType: 'ApexClass',
          fullName: 'Job',
          fileName: '',
          problem: 'This schedulable class has jobs pending or in progress',
          severity: 'error',
          dependant: false
        }
      ]
    })
    expect(reasonAfterRequest(blocked, false)).toContain('ApexClass Job has scheduled jobs')
  })
})
