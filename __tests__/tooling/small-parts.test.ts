import { describe, expect, it } from 'vitest'
import { compileAnnotations } from '../../src/tooling/compile-annotations.ts'
import { CONTAINER_NAME_MAX, containerName } from '../../src/tooling/container-name.ts'
import { memberMetadata } from '../../src/tooling/member-metadata.ts'
import { compilePollDelay } from '../../src/tooling/poll-delay.ts'
import { createContainerClient } from '../../src/tooling/container-client.ts'

describe('container names', () => {
  it('are unique per random draw and never longer than 32 characters', () => {
    const a = containerName('12345678901', '3', () => 0)
    const b = containerName('12345678901', '3', () => 0.99)
    expect(a).toBe('gha-12345678901-3-aaaaaa')
    expect(b).not.toBe(a)
    const long = containerName('9'.repeat(40), '12', Math.random)
    expect(long.length).toBeLessThanOrEqual(CONTAINER_NAME_MAX)
    expect(containerName(undefined, undefined, () => 0.5)).toMatch(/^gha-local-1-[a-z0-9]{6}$/)
  })
})

describe('member Metadata', () => {
  it('types numbers and keeps package version bindings as a list', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>61.0</apiVersion>
    <packageVersions><majorNumber>1</majorNumber><minorNumber>4</minorNumber><namespace>acme</namespace></packageVersions>
    <status>Active</status>
</ApexClass>`
    expect(memberMetadata(xml, 'Foo.cls-meta.xml')).toEqual({
      apiVersion: 61,
      packageVersions: [{ majorNumber: 1, minorNumber: 4, namespace: 'acme' }],
      status: 'Active'
    })
  })

  it('names the file when it is not metadata XML', () => {
    expect(() => memberMetadata('just text', 'x/Foo.cls-meta.xml')).toThrow('x/Foo.cls-meta.xml')
  })

  it('refuses a mismatched closing tag, which a lenient parser would accept', () => {
    expect(() =>
      memberMetadata('<ApexClass><apiVersion>61.0</apiVerson></ApexClass>', 'x/Foo.cls-meta.xml')
    ).toThrow('x/Foo.cls-meta.xml:1: malformed XML: </apiVerson> closes <apiVersion>')
  })
})

describe('poll delay', () => {
  it('polls every second for 10 s, then every 2 s, within the cap', () => {
    expect(compilePollDelay(0, 10_000)).toBe(1_000)
    expect(compilePollDelay(10_000, 10_000)).toBe(2_000)
    expect(compilePollDelay(60_000, 1_500)).toBe(1_500)
  })
})

describe('compile annotations', () => {
  const files = [
    { kind: 'member' as const, path: 'fa/classes/Foo.cls', type: 'ApexClass' as const, name: 'Foo' }
  ]
  it('places problems on the sent file, line 1 without a column when the org gave none', () => {
    const annotations = compileAnnotations(
      [
        {
          componentType: 'ApexClass',
          fullName: 'Other',
          fileName: 'classes/Other.cls',
          line: 1,
          problem: 'Dependent class is invalid',
          severity: 'error',
          dependant: true
        },
        {
          componentType: 'ApexClass',
          fullName: 'foo',
          fileName: 'classes/Foo.cls',
          problem: 'no line',
          severity: 'error',
          dependant: false
        },
        {
          componentType: 'ApexClass',
          fullName: 'Foo',
          fileName: 'classes/Foo.cls',
          line: 3,
          column: 7,
          problem: 'bad',
          severity: 'error',
          dependant: false
        }
      ],
      files
    )
    expect(annotations).toEqual([
      {
        level: 'failure',
        path: 'fa/classes/Foo.cls',
        startLine: 1,
        endLine: 1,
        title: 'ApexClass foo',
        message: 'no line'
      },
      {
        level: 'failure',
        path: 'fa/classes/Foo.cls',
        startLine: 3,
        endLine: 3,
        startColumn: 7,
        endColumn: 7,
        title: 'ApexClass Foo',
        message: 'bad'
      },
      {
        level: 'warning',
        title: 'Dependant ApexClass Other',
        message: 'Dependent class is invalid\n(classes/Other.cls)'
      }
    ])
  })
})

describe('compile annotations in an org with a namespace', () => {
  const files = [
    { kind: 'member' as const, path: 'fa/classes/Foo.cls', type: 'ApexClass' as const, name: 'Foo' }
  ]
  const message = (fullName: string): Parameters<typeof compileAnnotations>[0][number] => ({
    componentType: 'ApexClass',
    fullName,
    fileName: `classes/${fullName}.cls`,
    line: 2,
    problem: 'bad',
    severity: 'error',
    dependant: false
  })
  it('lands on the sent file whether the org names it ns__Foo or ns.Foo', () => {
    for (const name of ['acme__Foo', 'acme.Foo', 'Foo']) {
      expect(compileAnnotations([message(name)], files)[0]?.path).toBe('fa/classes/Foo.cls')
    }
  })
  it('does not place a message for another class on it', () => {
    expect(compileAnnotations([message('acme__Bar')], files)[0]?.path).toBeUndefined()
    expect(compileAnnotations([message('Foo__Bar')], files)[0]?.path).toBeUndefined()
  })
})

describe('listed files', () => {
  it('refuses files missing from the workspace, all named at once', async () => {
    const { listedFiles } = await import('../../src/tooling/listed-files.ts')
    const { InMemorySourceTree } = await import('../../src/source/source-tree.ts')
    const tree = new InMemorySourceTree({ 'fa/classes/A.cls': 'x' })
    await expect(listedFiles(['fa/classes/A.cls'], tree)).resolves.toEqual([
      { path: 'fa/classes/A.cls', change: 'changed' }
    ])
    await expect(
      listedFiles(['fa/classes/B.cls', 'fa/classes', 'fa/classes/A.cls'], tree)
    ).rejects.toThrow('compile-files: fa/classes/B.cls, fa/classes are not files in the workspace')
  })
})

describe('container client answers', () => {
  it('names the object when a create answers without a record id', async () => {
    const answers: unknown[] = [undefined, { success: true }, { id: '' }]
    const rest = {
      base: () => 'https://acme.my.salesforce.com/services/data/v62.0/tooling',
      post: () => Promise.resolve(answers.shift())
    }
    const client = createContainerClient(rest as never)
    await expect(client.createContainer('gha-1')).rejects.toThrow(
      'creating the MetadataContainer record: the answer carried no record id'
    )
    const member = { type: 'ApexClass', name: 'Foo', body: 'public class Foo {}' } as never
    await expect(client.createMember('1dc', member, '01p')).rejects.toThrow(
      'creating the ApexClassMember record: the answer carried no record id'
    )
    await expect(client.submit('1dc', true)).rejects.toThrow(
      'creating the ContainerAsyncRequest record: the answer carried no record id'
    )
  })
})
