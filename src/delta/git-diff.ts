import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { parseNameStatus, type FileChange } from './name-status.ts'

const exec = promisify(execFile)

/** A git failure the user can act on; the message says what to do. */
export class GitDeltaError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GitDeltaError'
  }
}

/** Runs git without a shell (arguments are never parsed by one). Returns stdout. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8'
  })
  return stdout
}

async function gitOk(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args)
  } catch {
    return undefined
  }
}

/** Where the project sits in its repository. */
export interface GitRepo {
  /** Folder the commands run in (the tree root: the workspace or project folder). */
  cwd: string
  /** The tree root's path relative to the repository root, '' or `sub/dir` (no trailing slash). */
  prefix: string
}

/** Finds the repository holding `dir`; fails clearly when there is none. */
export async function openRepo(dir: string): Promise<GitRepo> {
  const out = await gitOk(dir, ['rev-parse', '--show-prefix'])
  if (out === undefined)
    throw new GitDeltaError(
      `${dir} is not inside a git repository, so no delta can be computed. Check out the repository with actions/checkout (fetch-depth: 0) or remove delta-from.`
    )
  return { cwd: dir, prefix: out.trim().replace(/\/$/, '') }
}

/** The commits a delta compares: `base` (the merge-base by default) and `to`. */
export interface DeltaRange {
  /** What the user asked for, for messages. */
  fromRef: string
  toRef: string
  from: string
  to: string
  /** The commit diffed from: the merge-base of from and to (or `from` with exact). */
  base: string
  warnings: string[]
}

async function commitOf(repo: GitRepo, ref: string): Promise<string | undefined> {
  const out = await gitOk(repo.cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  return out?.trim() || undefined
}

/** Whether the clone is shallow (actions/checkout fetches one commit by default). */
export async function isShallow(repo: GitRepo): Promise<boolean> {
  return (await gitOk(repo.cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true'
}

function shallowHint(shallow: boolean): string {
  return shallow
    ? 'This clone is shallow (actions/checkout fetches a single commit by default): set fetch-depth: 0 on actions/checkout, or a depth that includes the base, and run again.'
    : 'Fetch it first (for example with fetch-depth: 0 on actions/checkout), or check the ref name.'
}

/**
 * Resolves and checks the range: both ends must be commits in this clone (a shallow clone is
 * named as the cause), and with `merge-base` the diff starts at the merge-base so that commits
 * that landed on the target branch meanwhile do not show up as reversed changes.
 */
export async function resolveRange(
  repo: GitRepo,
  fromRef: string,
  toRef: string,
  mode: 'merge-base' | 'exact'
): Promise<DeltaRange> {
  for (const ref of [fromRef, toRef])
    if (ref.startsWith('-') || ref.trim() === '')
      throw new GitDeltaError(`"${ref}" is not a commit, tag or branch name (it must not be empty or start with -).`)
  const [from, to, shallow] = await Promise.all([
    commitOf(repo, fromRef),
    commitOf(repo, toRef),
    isShallow(repo)
  ])
  const missing = [
    ...(from === undefined ? [`delta-from ${fromRef}`] : []),
    ...(to === undefined ? [`delta-to ${toRef}`] : [])
  ]
  if (from === undefined || to === undefined)
    throw new GitDeltaError(
      `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not a commit in this clone. ${shallowHint(shallow)}`
    )
  const warnings: string[] = []
  if (mode === 'exact') return { fromRef, toRef, from, to, base: from, warnings }
  const base = (await gitOk(repo.cwd, ['merge-base', from, to]))?.trim()
  if (!base)
    throw new GitDeltaError(
      `delta-from ${fromRef} and delta-to ${toRef} share no history in this clone. ${shallowHint(shallow)}`
    )
  if (base !== from)
    warnings.push(
      `delta-from ${fromRef} is not an ancestor of delta-to ${toRef}; the delta starts at their merge-base ${base.slice(0, 12)} so that changes made only on the other side are not deployed as deletions.`
    )
  return { fromRef, toRef, from, to, base, warnings }
}

/**
 * Changed paths between two commits below the tree root, renames split into delete + add,
 * returned relative to the tree root.
 */
export async function changedFiles(repo: GitRepo, base: string, to: string): Promise<FileChange[]> {
  const out = await git(repo.cwd, [
    'diff',
    '--name-status',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    base,
    to,
    '--',
    repo.prefix === '' ? ':(top)' : `:(top,literal)${repo.prefix}`
  ])
  return parseNameStatus(out, repo.prefix === '' ? '' : `${repo.prefix}/`)
}

/** The commit HEAD points at, if any. */
export async function headCommit(repo: GitRepo): Promise<string | undefined> {
  return commitOf(repo, 'HEAD')
}
