/**
 * The simulated org knows every metadata type a real org accepts (the describeMetadata list kept
 * in simulator/org/metadata-types.json), reads their files from a deploy zip, and agrees with the
 * action's own registry: a type one of them lacks shows up here.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { matchPath } from '../../simulator/org/component-index.ts'
import {
  TYPE_COUNT,
  isKnownType,
  knownTypeNames,
  parentTypeOf
} from '../../simulator/org/metadata-registry.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { buildZip, field, packageXml, runToEnd, soapDeploy } from './support.ts'

/** Types public repositories deploy every day that the org once called unknown. */
const ONCE_MISSING = [
  'CspTrustedSite',
  'LightningMessageChannel',
  'Prompt',
  'BrandingSet',
  'LightningExperienceTheme',
  'DataWeaveResource',
  'PlatformCachePartition',
  'Network',
  'CustomSite',
  'ExperienceBundle',
  'PathAssistant',
  'ReportType',
  'Letterhead',
  'MatchingRules',
  'MatchingRule',
  'FeatureParameterBoolean',
  'FeatureParameterDate',
  'FeatureParameterInteger',
  'AiEvaluationDefinition',
  'AnimationRule',
  'PlatformEventChannelMember',
  'EventDelivery',
  'EventSubscription',
  'HomePageLayout',
  'CustomFieldTranslation',
  'ReportFolder',
  'EmailTemplateFolder'
]

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

describe('the type list', () => {
  it('holds the describeMetadata list with its provenance, folder types and child types', () => {
    const data = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'simulator', 'org', 'metadata-types.json'), 'utf8')
    ) as { provenance: { source: string }; metadataObjects: unknown[] }
    expect(data.provenance.source).toMatch(/source-deploy-retrieve \d+\.\d+\.\d+/)
    expect(TYPE_COUNT).toBe(data.metadataObjects.length)
    expect(TYPE_COUNT).toBeGreaterThan(500)
    for (const name of ONCE_MISSING) expect(isKnownType(name), name).toBe(true)
    expect(parentTypeOf('MatchingRule')?.name).toBe('MatchingRules')
    expect(parentTypeOf('CustomValue')?.name).toBe('GlobalValueSet')
    expect(isKnownType('NotAType')).toBe(false)
  })

  it("knows every type of the action's registry, children included", () => {
    const ours = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'src', 'source', 'registry', 'metadata-types.json'), 'utf8')
    ) as {
      types: { name: string; children?: { name: string }[] }[]
      simple?: [string, string, string][]
    }
    const names = [
      ...ours.types.flatMap((t) => [t.name, ...(t.children ?? []).map((c) => c.name)]),
      ...(ours.simple ?? []).map(([name]) => name)
    ]
    const known = new Set(knownTypeNames())
    expect(names.filter((name) => !known.has(name))).toEqual([])
  })

  it('tells apart types sharing a folder by suffix, and reads bundle metadata beside the folder', () => {
    expect(matchPath('featureParameters/Limit.featureParameterInteger')?.type.name).toBe(
      'FeatureParameterInteger'
    )
    expect(matchPath('featureParameters/On.featureParameterBoolean')?.type.name).toBe(
      'FeatureParameterBoolean'
    )
    expect(matchPath('experiences/site1.site-meta.xml')).toMatchObject({
      fullName: 'site1',
      mainFile: 'experiences/site1'
    })
    expect(matchPath('experiences/site1/views/home.json')?.fullName).toBe('site1')
    expect(
      matchPath('digitalExperiences/site/Portal1/sfdc_cms__view/home/content.json')
    ).toMatchObject({ fullName: 'site/Portal1' })
    expect(matchPath('dw/Transform.dwl')?.type.name).toBe('DataWeaveResource')
    expect(matchPath('featureParameters/Odd.txt')).toBeUndefined()
  })
})

describe('a deploy of once-unknown types', () => {
  it('succeeds and stores them; an unknown name still fails', async () => {
    sim = await startSimulator()
    const meta = (root: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://soap.sforce.com/2006/04/metadata"><masterLabel>x</masterLabel></${root}>`
    const files = {
      'package.xml': packageXml({
        CspTrustedSite: ['Maps'],
        LightningMessageChannel: ['Orders__c'],
        Prompt: ['Welcome'],
        FeatureParameterBoolean: ['Enabled'],
        DataWeaveResource: ['Transform'],
        ExperienceBundle: ['site1']
      }),
      'cspTrustedSites/Maps.cspTrustedSite': meta('CspTrustedSite'),
      'messageChannels/Orders__c.messageChannel': meta('LightningMessageChannel'),
      'prompts/Welcome.prompt': meta('Prompt'),
      'featureParameters/Enabled.featureParameterBoolean': meta('FeatureParameterBoolean'),
      'dw/Transform.dwl': '%dw 2.0\noutput application/json\n---\npayload',
      'dw/Transform.dwl-meta.xml': meta('DataWeaveResource'),
      'experiences/site1.site-meta.xml': meta('ExperienceBundle'),
      'experiences/site1/config/site1.json': '{}'
    }
    const ok = await runToEnd(sim, await soapDeploy(sim, await buildZip(files), ''))
    expect(field(ok, 'status')).toBe('Succeeded')
    expect(field(ok, 'numberComponentsTotal')).toBe('6')
    expect(sim.org.has('ExperienceBundle', 'site1')).toBe(true)
    expect(sim.org.component('ExperienceBundle', 'site1')?.files.size).toBe(2)
    expect(sim.org.has('FeatureParameterBoolean', 'Enabled')).toBe(true)

    const bad = await runToEnd(
      sim,
      await soapDeploy(sim, await buildZip({ 'package.xml': packageXml({ NotAType: ['X'] }) }), '')
    )
    expect(field(bad, 'status')).toBe('Failed')
    expect(bad).toContain('Unknown type name &apos;NotAType&apos; specified in package.xml')
  })
  it('accepts a retrieved package: documents named with their extension, empty container files', async () => {
    sim = await startSimulator()
    const files = {
      'package.xml': packageXml({ Document: ['Shared', 'Shared/logo.gif'], WorkflowRule: [] }),
      'documents/Shared-meta.xml':
        '<?xml version="1.0" encoding="UTF-8"?><DocumentFolder xmlns="http://soap.sforce.com/2006/04/metadata"><name>Shared</name></DocumentFolder>',
      'documents/Shared/logo.gif': 'GIF89a',
      'documents/Shared/logo.gif-meta.xml':
        '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="http://soap.sforce.com/2006/04/metadata"><name>logo</name></Document>',
      'workflows/Job__c.workflow':
        '<?xml version="1.0" encoding="UTF-8"?>\n<Workflow xmlns="http://soap.sforce.com/2006/04/metadata"/>\n'
    }
    const ok = await runToEnd(sim, await soapDeploy(sim, await buildZip(files), ''))
    expect(field(ok, 'status')).toBe('Succeeded')
    expect(sim.org.has('Document', 'Shared/logo')).toBe(true)
    expect(sim.org.has('Workflow', 'Job__c')).toBe(false)
    const unlisted = await runToEnd(
      sim,
      await soapDeploy(
        sim,
        await buildZip({
          ...files,
          'workflows/Job__c.workflow':
            '<?xml version="1.0" encoding="UTF-8"?><Workflow xmlns="http://soap.sforce.com/2006/04/metadata"><rules><fullName>R</fullName></rules></Workflow>'
        }),
        ''
      )
    )
    expect(field(unlisted, 'status')).toBe('Failed')
    expect(unlisted).toContain('<fullName>Job__c</fullName><problem>Not in package.xml</problem>')
  })
})
