/**
 * Adapters that keep validation records in workflow artifacts: upload with @actions/artifact (the
 * runner's Results service), find and download with the REST API (`GET /repos/{o}/{r}/actions/artifacts?name=`,
 * then `GET …/artifacts/{id}/zip`), which sees artifacts of every run of the repository. Each
 * record comes with the workflow run that uploaded it (`GET …/actions/runs/{id}`: event, branch,
 * workflow file, head commit, repositories), so select-record can judge whether to trust it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ArtifactUploader } from '../github/ports.ts'
import type { OctokitFactory } from '../github/ports.ts'
import { readArtifactText } from '../github/artifact-zip.ts'
import { NEWEST_READ, repoArtifacts, type ListedArtifact } from '../github/repo-artifacts.ts'
import { describeGitHubError } from '../github/github-errors.ts'
import { ActionError } from '../shared/errors.ts'
import { parseRecord, RECORD_FILE, serializeRecord, type ValidationRecord } from './record.ts'
import type { FoundRecord, RecordSource, UploadingRun } from './select-record.ts'

/** Stores a record as an artifact of this run. */
export interface RecordUploader {
  upload(name: string, record: ValidationRecord): Promise<{ id?: number }>
}

/** Finds the records stored under an artifact name, in any run of the repository. */
export interface RecordFinder {
  find(name: string): Promise<FoundRecord[]>
}

/** The real uploader: writes the JSON to a temp folder and uploads it with @actions/artifact. */
export function createArtifactRecordUploader(
  uploader: () => ArtifactUploader,
  /** The runner's temp folder (RUNNER_TEMP), else the system's. */
  tempRoot: string = tmpdir()
): RecordUploader {
  return {
    async upload(name, record) {
      const dir = await mkdtemp(path.join(tempRoot, 'sf-validation-'))
      const file = path.join(dir, RECORD_FILE)
      await writeFile(file, serializeRecord(record), 'utf8')
      const response = await uploader().upload(name, [file], dir)
      return response.id !== undefined ? { id: response.id } : {}
    }
  }
}

/** Workflow run fields (GET /repos/{o}/{r}/actions/runs/{id}) that decide whether its records are trusted. */
interface RunResponse {
  event?: string
  head_branch?: string | null
  head_sha?: string
  path?: string
  repository?: { full_name?: string } | null
  head_repository?: { full_name?: string } | null
}

/** The real finder over the GitHub REST API; needs `actions: read`. */
export function createRestRecordFinder(options: {
  token?: string
  repository?: string
  octokit: OctokitFactory
}): RecordFinder {
  return {
    async find(name) {
      const [owner, repo] = options.repository?.split('/') ?? []
      if (!owner || !repo)
        throw new ActionError(
          'Finding a validation record needs GITHUB_REPOSITORY (owner/name); run the action inside a GitHub workflow.'
        )
      if (!options.token)
        throw new ActionError(
          'Finding a validation record needs github-token (the default ${{ github.token }} works with permissions: actions: read).'
        )
      const artifacts = await repoArtifacts({
        octokit: options.octokit,
        token: options.token,
        owner,
        repo,
        refused: refusedListing
      })
      const newest = toScreen(await artifacts.listed(name))
      const runs = new Map<number, Promise<UploadingRun | string>>()
      const runOf = (id: number): Promise<UploadingRun | string> => {
        const known = runs.get(id) ?? readRun(() => artifacts.run(id))
        runs.set(id, known)
        return known
      }
      return Promise.all(
        newest.map(async (artifact) => {
          const found = await readOne(artifact, (id) => artifacts.download(id))
          const runId = found.source.runId
          if (!found.record || runId === undefined) return found
          const run = await runOf(runId)
          return typeof run === 'string'
            ? { ...found, source: { ...found.source, runProblem: run } }
            : { ...found, source: { ...found.source, run } }
        })
      )
    }
  }
}

/** The run's facts, or why they could not be read (then its records are not trusted). */
async function readRun(get: () => Promise<unknown>): Promise<UploadingRun | string> {
  try {
    const run = (await get()) as RunResponse
    return {
      event: run.event ?? '',
      branch: run.head_branch ?? '',
      workflow: run.path ?? '',
      headSha: run.head_sha ?? '',
      repository: run.repository?.full_name ?? '',
      headRepository: run.head_repository?.full_name ?? ''
    }
  } catch (error) {
    return `its workflow run could not be read (${describeGitHubError(error)})`
  }
}

/**
 * The artifacts to judge: the newest NEWEST_READ of those the listing does not already show as
 * untrusted, and any untrusted ones among the newest NEWEST_READ (named in the summary, never
 * downloaded). Pull requests from forks can upload artifacts under any name; were the newest
 * NEWEST_READ of all read, a few such uploads would push the pipeline's receipt out of reach and
 * turn the drift guard off, or keep a validation from being quick-deployed. Pure.
 */
export function toScreen(listed: readonly ListedArtifact[]): ListedArtifact[] {
  const usable = listed
    .filter((a) => {
      const source = sourceOf(a)
      return !source.fromFork && !source.expired
    })
    .slice(0, NEWEST_READ)
  const named = new Set([...listed.slice(0, NEWEST_READ), ...usable])
  return listed.filter((a) => named.has(a))
}

/** Where an artifact came from, as select-record needs it (pure). */
export function sourceOf(artifact: ListedArtifact): RecordSource {
  const run = artifact.workflow_run
  const fromFork =
    run?.head_repository_id !== undefined &&
    run.repository_id !== undefined &&
    run.head_repository_id !== run.repository_id
  return {
    artifactId: artifact.id,
    artifactName: artifact.name,
    ...(run?.id !== undefined ? { runId: run.id } : {}),
    fromFork,
    expired: artifact.expired
  }
}

async function readOne(
  artifact: ListedArtifact,
  download: (id: number) => Promise<Uint8Array>
): Promise<FoundRecord> {
  const source = sourceOf(artifact)
  if (source.expired || source.fromFork) return { source }
  const label = `artifact ${artifact.name} (id ${artifact.id})`
  try {
    const text = await readArtifactText(await download(artifact.id), RECORD_FILE)
    if (text === undefined) return { source, problem: `${label} holds no ${RECORD_FILE}` }
    const parsed = parseRecord(text, label)
    return parsed.record
      ? { source, record: parsed.record }
      : { source, problem: parsed.problems.join(' ') }
  } catch (error) {
    return {
      source,
      problem: `${label} could not be downloaded or read: ${describeGitHubError(error)}`
    }
  }
}

/** A refused listing: quick deploy by package content's advice. */
function refusedListing(described: string): string {
  return (
    `Listing the repository's artifacts was refused (${described}). Quick deploy by package content ` +
    'reads validation records from artifacts of earlier runs: give the job permissions: actions: read, ' +
    'or pass validation-id.'
  )
}
