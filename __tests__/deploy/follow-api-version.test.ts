import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseFollowVersion, followVersionNote } from '../../src/deploy/follow-api-version.ts'
import { readProjectApiVersion } from '../../src/source/fs-project-api-version.ts'

describe('the API version of a deploy this run did not build', () => {
  it('prefers the api-version input, then the project, then the org maximum', () => {
    expect(chooseFollowVersion('63.0', { version: '62.0' })).toEqual({
      wanted: '63.0',
      source: 'input'
    })
    expect(chooseFollowVersion(undefined, { version: '62.0' })).toEqual({
      wanted: '62.0',
      source: 'project'
    })
    expect(chooseFollowVersion(undefined, { missing: 'x' })).toEqual({
      source: 'org-max',
      missing: 'x'
    })
    expect(chooseFollowVersion(undefined, undefined).source).toBe('org-max')
  })

  it('says where the version came from, and that the org does not record it', () => {
    expect(followVersionNote('D', '63.0', { wanted: '63.0', source: 'input' })).toBeUndefined()
    expect(followVersionNote('D', '62.0', { wanted: '62.0', source: 'project' })).toBe(
      "D at API 62.0, the project's sourceApiVersion; the org does not record which API version a deploy was made with."
    )
    expect(followVersionNote('D', '66.0', { source: 'org-max', missing: 'no project' })).toMatch(
      /^D at API 66\.0, the org's maximum \(no project\); .* may have been made at another version\.$/
    )
    // A version above the org's maximum was lowered by the sign-in: the note must not claim it.
    expect(followVersionNote('D', '66.0', { wanted: '67.0', source: 'project' })).toContain(
      "at API 66.0, the org's maximum (67.0 is newer than the org supports)"
    )
  })

  it('reads only sourceApiVersion from sfdx-project.json, and says why there is none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'follow-version-'))
    const project = (text: string): string => {
      const sub = mkdtempSync(path.join(dir, 'p-'))
      writeFileSync(path.join(sub, 'sfdx-project.json'), text)
      return sub
    }
    // packageDirectories missing: the builder would refuse it, the version is still there.
    expect(await readProjectApiVersion(project('{"sourceApiVersion":"62.0"}'))).toEqual({
      version: '62.0'
    })
    expect(await readProjectApiVersion(project('{"packageDirectories":[]}'))).toEqual({
      missing: 'sfdx-project.json sets no sourceApiVersion'
    })
    expect(await readProjectApiVersion(project('{"sourceApiVersion":62}'))).toEqual({
      missing: 'sfdx-project.json sets no sourceApiVersion'
    })
    expect(await readProjectApiVersion(project('{nope'))).toEqual({
      missing: 'sfdx-project.json is not valid JSON'
    })
    const empty = path.join(dir, 'empty')
    mkdirSync(empty)
    expect(await readProjectApiVersion(empty)).toEqual({
      missing: 'the workspace has no sfdx-project.json'
    })
  })
})
