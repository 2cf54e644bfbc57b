import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRepo, delta, membersOf, text, type TestRepo } from './git-repo.ts'

// One label changed in a file of several: the package names that label only, as the reference
// does for a CustomLabel chosen by itself (`sf project deploy start --metadata CustomLabel:B`).
const label = (id: string, value: string): string =>
  `    <labels>\n        <fullName>${id}</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>${id}</shortDescription>\n        <value>${value}</value>\n    </labels>\n`
const labels = (b: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${label('A', 'a')}${label('B', b)}${label('C', 'c')}</CustomLabels>\n`
const FILE = 'app/main/default/labels/CustomLabels.labels-meta.xml'

let repo: TestRepo
beforeAll(() => {
  repo = createRepo(undefined, {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'app', default: true }],
      sourceApiVersion: '61.0'
    }),
    [FILE]: labels('b')
  })
})
afterAll(() => repo.cleanup())

describe('a changed label', () => {
  it('is listed as CustomLabel alone, and the file holds only it', async () => {
    const base = repo.git('rev-parse', 'HEAD').trim()
    repo.write(FILE, labels('b2'))
    repo.commit()
    const b = await delta(repo, base, { env: {} })
    expect(membersOf(text(b, 'package.xml'))).toEqual(['CustomLabel: B'])
    const out = text(b, 'labels/CustomLabels.labels') ?? ''
    expect([...out.matchAll(/<fullName>([^<]+)/g)].map((m) => m[1])).toEqual(['B'])
  })
})
