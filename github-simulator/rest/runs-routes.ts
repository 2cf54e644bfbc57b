/**
 * Workflow runs (docs.github.com/en/rest/actions/workflow-runs): get one, and list the
 * repository's with the `event`, `branch`, `status`, `head_sha` and `actor` filters. What a
 * consumer checks a run by: `event`, `head_branch`, `path` (the workflow file), and
 * `head_repository` (a fork for pull requests from forks).
 */
import type { Route } from '../core/route.ts'
import { json } from '../core/route.ts'
import type { WorkflowRun } from '../core/state.ts'
import { notFound, paginate, repoRoute } from './api-kit.ts'
import { workflowRunView } from './shapes.ts'

const READ = { names: ['actions' as const], level: 'read' as const }

function matches(run: WorkflowRun, query: URLSearchParams): boolean {
  const want = (key: string): string | null => query.get(key)
  const status = want('status')
  return (
    (want('event') === null || run.event === want('event')) &&
    (want('branch') === null || run.headBranch === want('branch')) &&
    (want('head_sha') === null || run.headSha === want('head_sha')) &&
    (want('actor') === null || run.actor === want('actor')) &&
    (status === null || run.status === status || run.conclusion === status)
  )
}

export const RUN_ROUTES: Route[] = [
  repoRoute('listWorkflowRunsForRepo', 'GET', '/actions/runs', READ, (ctx) => {
    const runs = ctx.state.runs
      .filter((r) => r.repositoryId === ctx.repo.id && matches(r, ctx.req.query))
      .sort((a, b) => b.id - a.id)
    const { page, headers } = paginate(runs, ctx.req, ctx.state.urls.api)
    return json(
      200,
      { total_count: runs.length, workflow_runs: page.map((r) => workflowRunView(ctx.state, r)) },
      headers
    )
  }),
  repoRoute('getWorkflowRun', 'GET', '/actions/runs/(\\d+)', READ, (ctx) => {
    const run = ctx.state.runById(Number(ctx.params[0]))
    if (!run || run.repositoryId !== ctx.repo.id) return notFound()
    return json(200, workflowRunView(ctx.state, run))
  })
]
