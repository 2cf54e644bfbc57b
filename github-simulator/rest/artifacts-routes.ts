/**
 * Artifacts REST API (docs.github.com/en/rest/actions/artifacts): list for the repository or a
 * run (newest first, `name` filter, pagination), get, download as zip through a 302 to a signed
 * storage URL that expires after 1 minute, delete. Only finalized artifacts exist here; an
 * artifact whose retention passed is listed with `expired: true` and its download answers 410.
 */
import type { Route } from '../core/route.ts'
import { json } from '../core/route.ts'
import type { GitHubState, StoredArtifact } from '../core/state.ts'
import { signedUrl } from '../blob/sas.ts'
import { type ApiContext, apiError, notFound, paginate, repoRoute } from './api-kit.ts'
import { artifactView } from './shapes.ts'

const READ = { names: ['actions' as const], level: 'read' as const }
const WRITE = { names: ['actions' as const], level: 'write' as const }

/** The download URL GitHub hands out is valid for one minute. */
export const DOWNLOAD_URL_TTL_MS = 60_000

function visible(state: GitHubState, repositoryId: number): StoredArtifact[] {
  return state.artifacts
    .filter((a) => a.finalized && a.repositoryId === repositoryId)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
}

function listed(ctx: ApiContext, all: StoredArtifact[]): ReturnType<typeof json> {
  const name = ctx.req.query.get('name')
  const matching = name === null ? all : all.filter((a) => a.name === name)
  const { page, headers } = paginate(matching, ctx.req, ctx.state.urls.api)
  return json(
    200,
    { total_count: matching.length, artifacts: page.map((a) => artifactView(ctx.state, a)) },
    headers
  )
}

function artifactOf(ctx: ApiContext): StoredArtifact | undefined {
  const id = Number(ctx.params[0])
  return visible(ctx.state, ctx.repo.id).find((a) => a.id === id)
}

export const ARTIFACT_ROUTES: Route[] = [
  repoRoute('listArtifactsForRepo', 'GET', '/actions/artifacts', READ, (ctx) =>
    listed(ctx, visible(ctx.state, ctx.repo.id))
  ),
  repoRoute('listWorkflowRunArtifacts', 'GET', '/actions/runs/(\\d+)/artifacts', READ, (ctx) => {
    const run = ctx.state.runById(Number(ctx.params[0]))
    if (!run || run.repositoryId !== ctx.repo.id) return notFound()
    return listed(
      ctx,
      visible(ctx.state, ctx.repo.id).filter((a) => a.runId === run.id)
    )
  }),
  repoRoute('getArtifact', 'GET', '/actions/artifacts/(\\d+)', READ, (ctx) => {
    const artifact = artifactOf(ctx)
    return artifact ? json(200, artifactView(ctx.state, artifact)) : notFound()
  }),
  repoRoute('downloadArtifact', 'GET', '/actions/artifacts/(\\d+)/([^/]+)', READ, (ctx) => {
    const artifact = artifactOf(ctx)
    if (!artifact) return notFound()
    if (ctx.params[1] !== 'zip') return apiError(422, 'Unsupported archive format: must be zip')
    if (artifact.expiresAt <= ctx.state.now()) return apiError(410, 'Artifact has expired')
    return {
      status: 302,
      headers: { location: signedUrl(ctx.state, artifact.blobPath, 'r', DOWNLOAD_URL_TTL_MS) }
    }
  }),
  repoRoute('deleteArtifact', 'DELETE', '/actions/artifacts/(\\d+)', WRITE, (ctx) => {
    const artifact = artifactOf(ctx)
    if (!artifact) return notFound()
    ctx.state.artifacts.splice(ctx.state.artifacts.indexOf(artifact), 1)
    ctx.state.blobs.delete(artifact.blobPath)
    return { status: 204 }
  })
]
