/**
 * The repository's workflow artifacts through the REST API (`actions: read`): the newest of one
 * name (`GET /repos/{o}/{r}/actions/artifacts?name=`), the workflow run that uploaded one, and its
 * zip. Validation records and deploy receipts are both read this way; what each trusts is theirs.
 */
import { ActionError } from '../shared/errors.ts'
import { describeGitHubError, statusOf } from './github-errors.ts'
import type { OctokitFactory } from './ports.ts'

/** Only the newest few artifacts of one name are read; older ones could not win anyway. */
export const NEWEST_READ = 10

/** Artifact fields of the list response that matter here. */
export interface ListedArtifact {
  id: number
  name: string
  expired: boolean
  created_at?: string | null
  workflow_run?: { id?: number; repository_id?: number; head_repository_id?: number } | null
}

export interface RepoArtifacts {
  /**
   * Every artifact named `name`, newest first, for the caller to screen before reading (see
   * toScreen); a refused listing says `refused`.
   */
  listed(name: string): Promise<ListedArtifact[]>
  /** The workflow run's fields, as GitHub answers them. */
  run(id: number): Promise<unknown>
  download(id: number): Promise<Uint8Array>
}

/** `repository` is `owner/name`; the caller checks both it and the token first. */
export async function repoArtifacts(options: {
  octokit: OctokitFactory
  token: string
  owner: string
  repo: string
  /**
   * The message of a listing refused with 403 or 404 (a token without `actions: read`), given
   * GitHub's answer described: the caller's own advice. Other errors go through as they are.
   */
  refused: (described: string) => string
}): Promise<RepoArtifacts> {
  const { owner, repo } = options
  const client = await options.octokit(options.token)
  const listed = async (name: string): Promise<ListedArtifact[]> => {
    const all = (await client
      .paginate(client.rest.actions.listArtifactsForRepo, { owner, repo, name, per_page: 100 })
      .catch((error: unknown) => {
        const status = statusOf(error)
        if (status === 403 || status === 404)
          throw new ActionError(options.refused(describeGitHubError(error)))
        throw error
      })) as ListedArtifact[]
    return all.filter((a) => a.name === name).sort(byNewest)
  }
  return {
    listed,
    async run(id) {
      return (await client.rest.actions.getWorkflowRun({ owner, repo, run_id: id })).data
    },
    async download(id) {
      const response = await client.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: id,
        archive_format: 'zip'
      })
      return new Uint8Array(response.data as ArrayBuffer)
    }
  }
}

function byNewest(a: ListedArtifact, b: ListedArtifact): number {
  return Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id
}
