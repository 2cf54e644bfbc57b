/**
 * The JSON the REST API answers, built from the state. Every builder is typed with the schema of
 * GitHub's published OpenAPI description (the `@octokit/openapi-types` generated from it, which
 * Octokit itself is typed with), so a missing or misspelt required field fails the typecheck.
 * A type-only import: nothing of it exists at run time.
 */
import type { components } from '@octokit/openapi-types'
import type {
  CheckAnnotation,
  CheckRun,
  GitHubState,
  IssueComment,
  Repository,
  StoredArtifact,
  WorkflowRun
} from '../core/state.ts'
import { isoSeconds } from './api-kit.ts'

type Schemas = components['schemas']

/** html_url values point at github.com: GITHUB_SERVER_URL stays github.com (see README). */
const WEB = 'https://github.com'

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '')
}

export function simpleUser(state: GitHubState, login: string): Schemas['simple-user'] {
  const bot = login.endsWith('[bot]')
  const id = bot
    ? 41898282
    : 1000 + [...login].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9_000_000, 7)
  const url = `${state.urls.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${bot ? 'apps/' + login.replace('[bot]', '') : login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

export function minimalRepository(
  state: GitHubState,
  repo: Repository
): Schemas['minimal-repository'] {
  const url = `${state.urls.api}/repos/${repo.fullName}`
  const u = (suffix: string): string => `${url}/${suffix}`
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: simpleUser(state, repo.owner),
    private: repo.private,
    html_url: `${WEB}/${repo.fullName}`,
    description: null,
    fork: repo.forkOf !== undefined,
    url,
    archive_url: u('{archive_format}{/ref}'),
    assignees_url: u('assignees{/user}'),
    blobs_url: u('git/blobs{/sha}'),
    branches_url: u('branches{/branch}'),
    collaborators_url: u('collaborators{/collaborator}'),
    comments_url: u('comments{/number}'),
    commits_url: u('commits{/sha}'),
    compare_url: u('compare/{base}...{head}'),
    contents_url: u('contents/{+path}'),
    contributors_url: u('contributors'),
    deployments_url: u('deployments'),
    downloads_url: u('downloads'),
    events_url: u('events'),
    forks_url: u('forks'),
    git_commits_url: u('git/commits{/sha}'),
    git_refs_url: u('git/refs{/sha}'),
    git_tags_url: u('git/tags{/sha}'),
    issue_comment_url: u('issues/comments{/number}'),
    issue_events_url: u('issues/events{/number}'),
    issues_url: u('issues{/number}'),
    keys_url: u('keys{/key_id}'),
    labels_url: u('labels{/name}'),
    languages_url: u('languages'),
    merges_url: u('merges'),
    milestones_url: u('milestones{/number}'),
    notifications_url: u('notifications{?since,all,participating}'),
    pulls_url: u('pulls{/number}'),
    releases_url: u('releases{/id}'),
    stargazers_url: u('stargazers'),
    statuses_url: u('statuses/{sha}'),
    subscribers_url: u('subscribers'),
    subscription_url: u('subscription'),
    tags_url: u('tags'),
    teams_url: u('teams'),
    trees_url: u('git/trees{/sha}'),
    hooks_url: u('hooks'),
    default_branch: repo.defaultBranch
  }
}

export function artifactView(state: GitHubState, a: StoredArtifact): Schemas['artifact'] {
  const repo = state.repositoryById(a.repositoryId)
  const run = state.runById(a.runId)
  const url = `${state.urls.api}/repos/${repo?.fullName ?? ''}/actions/artifacts/${a.id}`
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: a.expiresAt <= state.now(),
    created_at: isoSeconds(a.createdAt),
    updated_at: isoSeconds(a.updatedAt),
    expires_at: isoSeconds(a.expiresAt),
    digest: a.digest ?? null,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: run.repositoryId,
          head_repository_id: run.headRepositoryId,
          head_branch: run.headBranch ?? '',
          head_sha: run.headSha
        }
      : null
  }
}

function pullRequestMinimal(
  state: GitHubState,
  run: WorkflowRun
): Schemas['pull-request-minimal'][] {
  const pr = run.pullRequest
  const base = state.repositoryById(run.repositoryId)
  const head = state.repositoryById(run.headRepositoryId)
  if (!pr || !base || !head) return []
  const ref = (r: Repository): { id: number; url: string; name: string } => ({
    id: r.id,
    url: `${state.urls.api}/repos/${r.fullName}`,
    name: r.name
  })
  return [
    {
      id: pr.number * 1000 + base.id,
      number: pr.number,
      url: `${state.urls.api}/repos/${base.fullName}/pulls/${pr.number}`,
      head: { ref: run.headBranch ?? '', sha: run.headSha, repo: ref(head) },
      base: { ref: pr.baseRef, sha: pr.baseSha, repo: ref(base) }
    }
  ]
}

export function workflowRunView(state: GitHubState, run: WorkflowRun): Schemas['workflow-run'] {
  const repo = state.repositoryById(run.repositoryId)
  const headRepo = state.repositoryById(run.headRepositoryId)
  if (!repo || !headRepo) throw new Error(`run ${run.id} has no repository`)
  const url = `${state.urls.api}/repos/${repo.fullName}/actions/runs/${run.id}`
  const actor = simpleUser(state, run.actor)
  // Fork pull requests list no pull requests on the run (the head is in another repository).
  const pullRequests =
    run.headRepositoryId === run.repositoryId ? pullRequestMinimal(state, run) : []
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: `${WEB}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: pullRequests,
    created_at: isoSeconds(run.createdAt),
    updated_at: isoSeconds(run.updatedAt),
    actor,
    triggering_actor: actor,
    run_started_at: isoSeconds(run.createdAt),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${state.urls.api}/repos/${repo.fullName}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${state.urls.api}/repos/${repo.fullName}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: `Commit ${run.headSha.slice(0, 7)}`,
      timestamp: isoSeconds(run.createdAt),
      author: { name: run.actor, email: `${run.actor}@users.noreply.github.com` },
      committer: { name: run.actor, email: `${run.actor}@users.noreply.github.com` }
    },
    repository: minimalRepository(state, repo),
    head_repository: minimalRepository(state, headRepo),
    head_repository_id: headRepo.id,
    display_title: `Commit ${run.headSha.slice(0, 7)}`
  }
}

/** The GitHub Actions app, which owns check runs made with GITHUB_TOKEN. */
function actionsApp(state: GitHubState): Schemas['nullable-integration'] {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: simpleUser(state, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', issues: 'write', metadata: 'read' },
    events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push', 'workflow_run']
  }
}

export function checkRunView(state: GitHubState, check: CheckRun): Schemas['check-run'] {
  const repo = state.repositoryById(check.repositoryId)
  const url = `${state.urls.api}/repos/${repo?.fullName ?? ''}/check-runs/${check.id}`
  return {
    id: check.id,
    head_sha: check.headSha,
    node_id: nodeId('CheckRun', check.id),
    external_id: check.externalId,
    url,
    html_url: `${WEB}/${repo?.fullName ?? ''}/runs/${check.id}`,
    details_url: check.detailsUrl,
    status: check.status,
    conclusion: check.conclusion as Schemas['check-run']['conclusion'],
    started_at: check.startedAt === null ? null : isoSeconds(check.startedAt),
    completed_at: check.completedAt === null ? null : isoSeconds(check.completedAt),
    output: {
      ...check.output,
      annotations_count: check.annotations.length,
      annotations_url: `${url}/annotations`
    },
    name: check.name,
    check_suite: { id: check.id + 7 },
    app: actionsApp(state),
    pull_requests: []
  }
}

export function annotationView(
  state: GitHubState,
  check: CheckRun,
  a: CheckAnnotation
): Schemas['check-annotation'] {
  const repo = state.repositoryById(check.repositoryId)
  return {
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
    blob_href: `${WEB}/${repo?.fullName ?? ''}/blob/${check.headSha}/${a.path}`
  }
}

export function commentView(state: GitHubState, c: IssueComment): Schemas['issue-comment'] {
  const repo = state.repositoryById(c.repositoryId)
  const base = `${state.urls.api}/repos/${repo?.fullName ?? ''}`
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${base}/issues/comments/${c.id}`,
    body: c.body,
    html_url: `${WEB}/${repo?.fullName ?? ''}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    user: simpleUser(state, c.login),
    created_at: isoSeconds(c.createdAt),
    updated_at: isoSeconds(c.updatedAt),
    issue_url: `${base}/issues/${c.issueNumber}`,
    author_association: c.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    performed_via_github_app: c.login.endsWith('[bot]') ? actionsApp(state) : null
  }
}
