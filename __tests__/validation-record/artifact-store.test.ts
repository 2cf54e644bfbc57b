import { validationRecord } from '../support/validation-record.ts'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOctokit } from '../../src/action/github/octokit.ts'
import { NEWEST_READ } from '../../src/github/repo-artifacts.ts'
import {
  createArtifactRecordUploader,
  createRestRecordFinder
} from '../../src/validation-record/artifact-store.ts'
import { parseRecord, RECORD_FILE, serializeRecord } from '../../src/validation-record/record.ts'
import { FakeArtifacts } from '../support/fake-artifacts.ts'

const record = validationRecord()

describe('REST record finder', () => {
  let fake: FakeArtifacts
  beforeEach(async () => {
    fake = await new FakeArtifacts().start()
  })
  afterEach(async () => {
    await fake.stop()
  })
  const finder = (token = 'gh-token'): ReturnType<typeof createRestRecordFinder> =>
    createRestRecordFinder({
      token,
      repository: 'acme/app',
      octokit: async (t) => createOctokit(t, { GITHUB_API_URL: fake.url })
    })

  it('lists by exact name, downloads through the redirect and parses each record, newest first', async () => {
    await fake.add({ name: 'n', runId: 1, files: { [RECORD_FILE]: serializeRecord(record) } })
    await fake.add({ name: 'other', runId: 1, files: { [RECORD_FILE]: serializeRecord(record) } })
    await fake.add({
      name: 'n',
      runId: 2,
      files: { [RECORD_FILE]: serializeRecord({ ...record, validationId: '0Af5g0000000002AAA' }) }
    })
    const found = await finder().find('n')
    expect(found.map((f) => [f.source.runId, f.record?.validationId])).toEqual([
      [2, '0Af5g0000000002AAA'],
      [1, '0Af5g0000000001AAA']
    ])
    const list = fake.requests.find((r) => r.path === '/repos/acme/app/actions/artifacts')
    expect(list?.query.get('name')).toBe('n')
    expect(list?.authorized).toBe(true)
    expect(fake.requests.filter((r) => r.path.startsWith('/blobs/'))).toHaveLength(2)
  })

  it('follows pages and reads only the newest few', async () => {
    for (let run = 1; run <= NEWEST_READ + 95; run++)
      await fake.add({ name: 'n', runId: run, files: { [RECORD_FILE]: serializeRecord(record) } })
    const found = await finder().find('n')
    expect(found).toHaveLength(NEWEST_READ)
    expect(found[0]?.source.runId).toBe(NEWEST_READ + 95)
    expect(fake.requests.filter((r) => r.path.endsWith('/actions/artifacts'))).toHaveLength(2)
  })

  it('does not download fork or expired artifacts, and reports unreadable ones', async () => {
    await fake.add({
      name: 'n',
      runId: 1,
      files: { [RECORD_FILE]: serializeRecord(record) },
      fromFork: true
    })
    await fake.add({
      name: 'n',
      runId: 2,
      files: { [RECORD_FILE]: serializeRecord(record) },
      expired: true
    })
    await fake.add({ name: 'n', runId: 3, files: { 'other.json': '{}' } })
    await fake.add({
      name: 'n',
      runId: 4,
      files: { [RECORD_FILE]: '{"kind":"salesforce-validation-record","version":9}' }
    })
    const found = await finder().find('n')
    const byRun = new Map(found.map((f) => [f.source.runId, f]))
    expect(byRun.get(1)?.source.fromFork).toBe(true)
    expect(byRun.get(2)?.source.expired).toBe(true)
    expect(byRun.get(3)?.problem).toMatch(/artifact n \(id \d+\) holds no validation-record.json/)
    expect(byRun.get(4)?.problem).toContain('record version 9 is not supported')
    expect(fake.requests.filter((r) => r.path.startsWith('/blobs/'))).toHaveLength(2)
  })

  it('explains a 403 as the missing actions: read permission', async () => {
    fake.options.forbidList = true
    await expect(finder().find('n')).rejects.toThrow(
      /refused \(HTTP 403[^)]*\)[\s\S]*permissions: actions: read/
    )
  })

  it('needs a token and a repository', async () => {
    await expect(finder('').find('n')).rejects.toThrow('needs github-token')
    await expect(
      createRestRecordFinder({ token: 't', octokit: async (t) => createOctokit(t) }).find('n')
    ).rejects.toThrow('needs GITHUB_REPOSITORY')
  })
})

describe('artifact record uploader', () => {
  it('uploads one JSON file named validation-record.json from a temp folder', async () => {
    const calls: { name: string; files: string[]; root: string; text: string }[] = []
    const { readFile } = await import('node:fs/promises')
    const uploader = createArtifactRecordUploader(() => ({
      async upload(name, files, root) {
        calls.push({ name, files, root, text: await readFile(files[0] ?? '', 'utf8') })
        return { id: 99 }
      }
    }))
    expect(await uploader.upload('sf-validation-x', record)).toEqual({ id: 99 })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.files[0]?.endsWith(`/${RECORD_FILE}`)).toBe(true)
    expect(calls[0]?.files[0]?.startsWith(calls[0]?.root ?? '-')).toBe(true)
    expect(parseRecord(calls[0]?.text ?? '', 'uploaded').record).toEqual(record)
  })
})
