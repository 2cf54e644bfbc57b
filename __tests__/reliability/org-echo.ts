/**
 * An org that says hostile things: wraps the simulator's REST deployRequest status route and
 * rewrites the deploy results it answers with (component problems, the deploy-level errorMessage,
 * test failure messages, the progress text), as an org echoing a token or a crafted text would.
 */
import type { Route } from '../../simulator/index.ts'
import type { SimRequest } from '../../simulator/core/route.ts'
import { REST_DEPLOY_ROUTES } from '../../simulator/routes/rest-deploy-routes.ts'

/** The REST deploy result as JSON, loosely typed for rewriting. */
export type RestDeployResult = Record<string, unknown> & {
  done?: boolean
  errorMessage?: string | null
  stateDetail?: string | null
  details?: {
    componentFailures?: Record<string, unknown>[]
    runTestResult?: { failures?: Record<string, unknown>[] }
  } | null
}

/** A status route whose answers are passed through `rewrite` first. */
export function rewriteDeployResult(
  rewrite: (result: RestDeployResult, req: SimRequest) => void
): Route {
  const status = REST_DEPLOY_ROUTES[1] as Route
  return {
    ...status,
    name: 'deployRequest item, rewritten',
    async handle(req, sim) {
      const response = await status.handle(req, sim)
      if (req.method !== 'GET' || response.status !== 200) return response
      const body = JSON.parse(String(response.body)) as { deployResult?: RestDeployResult }
      if (body.deployResult) rewrite(body.deployResult, req)
      return { ...response, body: JSON.stringify(body) }
    }
  }
}

/**
 * Sets `text` as the progress text of a running deploy, the problem of every component failure
 * and the message of every test failure.
 */
export function echoInProblems(text: string): Route {
  return rewriteDeployResult((result) => {
    if (!result.done) result.stateDetail = text
    for (const failure of result.details?.componentFailures ?? []) failure.problem = text
    for (const failure of result.details?.runTestResult?.failures ?? []) failure.message = text
  })
}

/**
 * An org that echoes the caller's own access token (from the Authorization header) and `extra`
 * in the deploy's errorMessage, every component problem and every test failure message;
 * `echoed` collects the tokens it echoed.
 */
export function echoToken(extra: () => string = () => ''): { route: Route; echoed: Set<string> } {
  const echoed = new Set<string>()
  const route = rewriteDeployResult((result, req) => {
    if (!result.done) return
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /i, '')
    echoed.add(token)
    const text = `INVALID_SESSION_ID: session ${token} is not valid here ${extra()}`
    result.errorMessage = text
    for (const failure of result.details?.componentFailures ?? []) failure.problem = text
    for (const failure of result.details?.runTestResult?.failures ?? []) failure.message = text
  })
  return { route, echoed }
}
