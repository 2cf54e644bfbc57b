import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { indexEntries, type TrackedFiles } from './git-index.ts'
import { parseNameStatus, parseRawDiff, type FileChange, type RawChange } from './name-status.ts'

const exec = promisify(execFile)

/** A git failure the user can act on; the message says what to do. */
export class GitDeltaError extends Error {
  /** The range could not be resolved because the clone is shallow. */
  readonly shallow: boolean
  constructor(message: string, shallow = false) {
    super(message)
    this.name = 'GitDeltaError'
    this.shallow = shallow
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
  /** Whether the clone is shallow (actions/checkout fetches one commit by default). */
  shallow: boolean
  /** The commit HEAD points at. */
  head?: string
}

/**
 * Finds the repository holding `dir` in one git call, resolving `refs` to commits on the way
 * (`commits`, in order, when all of them resolve); fails clearly when there is no repository.
 */
export async function openRepo(
  dir: string,
  refs: string[] = []
): Promise<
  GitRepo & { commits?: string[]; mergeBase?: string; mergeBases?: string[]; indexFile?: string }
> {
  const safe = refs.every((r) => r !== '' && !r.startsWith('-'))
  const peeled = refs.map((r) => `${r}^{commit}`)
  // `A...B` prints B, A and ^<merge-base>: the merge-base without another process.
  const symmetric = peeled.length === 2 ? [`${peeled[0] ?? ''}...${peeled[1] ?? ''}`] : []
  const withRefs =
    safe && refs.length > 0
      ? await gitOk(dir, [
          'rev-parse',
          '--git-path',
          'index',
          '--is-shallow-repository',
          '--show-prefix',
          'HEAD',
          ...peeled,
          ...symmetric,
          '--'
        ])
      : undefined
  if (withRefs !== undefined) {
    const [index = '', ...lines] = withRefs.split('\n')
    const repo = parseRepo(dir, lines.slice(0, 3).join('\n'))
    const mergeBases = lines
      .slice(3 + refs.length)
      .filter((l) => l.startsWith('^'))
      .map((l) => l.slice(1).trim())
    const mergeBase = mergeBases[0]
    return {
      ...repo,
      commits: lines.slice(3, 3 + refs.length).map((l) => l.trim()),
      indexFile: path.resolve(dir, index),
      ...(mergeBase ? { mergeBase, mergeBases } : {})
    }
  }
  const out =
    (await gitOk(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix', 'HEAD'])) ??
    (await gitOk(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']))
  if (out === undefined)
    throw new GitDeltaError(
      `${dir} is not inside a git repository, so no delta can be computed. Check out the repository with actions/checkout (fetch-depth: 0) or remove delta-from.`
    )
  return parseRepo(dir, out)
}

function parseRepo(dir: string, out: string): GitRepo {
  const [shallow = '', prefix = '', head] = out.split('\n')
  return {
    cwd: dir,
    prefix: prefix.trim().replace(/\/$/, ''),
    shallow: shallow.trim() === 'true',
    ...(head?.trim() ? { head: head.trim() } : {})
  }
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

/** Both commits in one call; on failure, one by one to name the missing one. */
async function commitsOf(
  repo: GitRepo,
  a: string,
  b: string
): Promise<[string | undefined, string | undefined]> {
  const both = (await gitOk(repo.cwd, ['rev-parse', `${a}^{commit}`, `${b}^{commit}`, '--']))
    ?.trim()
    .split('\n')
  if (both?.length === 2) return [both[0], both[1]]
  return Promise.all([commitOf(repo, a), commitOf(repo, b)])
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
  repo: GitRepo & { commits?: string[]; mergeBase?: string },
  fromRef: string,
  toRef: string,
  mode: 'merge-base' | 'exact'
): Promise<DeltaRange> {
  for (const ref of [fromRef, toRef])
    if (ref.startsWith('-') || ref.trim() === '')
      throw new GitDeltaError(
        `"${ref}" is not a commit, tag or branch name (it must not be empty or start with -).`
      )
  const [from, to] =
    repo.commits?.length === 2
      ? (repo.commits as [string, string])
      : await commitsOf(repo, fromRef, toRef)
  const shallow = repo.shallow
  const missing = [
    ...(from === undefined ? [`delta-from ${fromRef}`] : []),
    ...(to === undefined ? [`delta-to ${toRef}`] : [])
  ]
  if (from === undefined || to === undefined)
    throw new GitDeltaError(
      `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not a commit in this clone. ${shallowHint(shallow)}`,
      shallow
    )
  const warnings: string[] = []
  if (mode === 'exact') return { fromRef, toRef, from, to, base: from, warnings }
  const base = repo.mergeBase ?? (await gitOk(repo.cwd, ['merge-base', from, to]))?.trim()
  if (!base)
    throw new GitDeltaError(
      `delta-from ${fromRef} and delta-to ${toRef} share no history in this clone. ${shallowHint(shallow)}`,
      shallow
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
    ...DIFF,
    base,
    to,
    '--',
    repo.prefix === '' ? ':(top)' : `:(top,literal)${repo.prefix}`
  ])
  return parseNameStatus(out, rootOf(repo))
}

/** Changes between two commits below the tree root, each marked when it is a symbolic link. */
async function rawChanges(repo: GitRepo, base: string, to: string): Promise<RawChange[]> {
  const out = await git(repo.cwd, [...RAW_DIFF, base, to, '--', pathspecOf(repo)])
  return parseRawDiff(out, rootOf(repo))
}

const DIFF = ['diff', '--name-status', '-z', '--no-renames', '--no-ext-diff', '--no-textconv']
/** DIFF with the modes of both ends, which say whether a path is a symbolic link. */
const RAW_DIFF = ['diff', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff']
/** `--stage` for the modes, which say which entries are symbolic links. */
const LS_FILES = ['ls-files', '-z', '--full-name', '--stage']

function pathspecOf(repo: GitRepo): string {
  return repo.prefix === '' ? ':(top)' : `:(top,literal)${repo.prefix}`
}

function rootOf(repo: GitRepo): string {
  return repo.prefix === '' ? '' : `${repo.prefix}/`
}

/**
 * Tracked files (the index: the checked-out commit plus anything staged) below the tree root,
 * relative to it. One plain listing filtered by the caller is much faster than many glob
 * pathspecs, which git matches against every entry.
 */
export async function listTracked(repo: GitRepo): Promise<TrackedFiles> {
  const out = await git(repo.cwd, [...LS_FILES, '--', pathspecOf(repo)])
  return parseStaged(out, rootOf(repo))
}

/** Files of a commit (or folder), each with its blob id but links: theirs is their text's. */
export interface CommitFiles extends TrackedFiles {
  ids: Map<string, string>
}

/**
 * The files of a commit below the tree root, relative to it, as GitSourceTree lists them (blobs
 * only: submodules are commits), with the symbolic links among them.
 */
export async function listCommit(repo: GitRepo, commit: string): Promise<CommitFiles> {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit]
  if (repo.prefix !== '') args.push('--', repo.prefix)
  return parseTree(await git(repo.cwd, args), rootOf(repo))
}

/** `<mode> <object> <stage>\t<path>` records of ls-files --stage; an unmerged path (a record per stage) once. */
export function parseStaged(out: string, root: string): TrackedFiles {
  const paths: string[] = []
  const links: string[] = []
  let previous = ''
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t')
    const p = record.slice(tab + 1)
    if (tab === -1 || p === previous || !p.startsWith(root)) continue
    previous = p
    paths.push(p.slice(root.length))
    if (record.startsWith(LINK)) links.push(p.slice(root.length))
  }
  return { paths, links }
}

/** `<mode> <type> <object>\t<path>` records of `ls-tree -r`: the blobs. */
export function parseTree(out: string, root: string): CommitFiles {
  const paths: string[] = []
  const links: string[] = []
  const ids = new Map<string, string>()
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t')
    if (tab === -1 || record.slice(7, 12) !== 'blob ') continue
    const p = record.slice(tab + 1)
    if (!p.startsWith(root)) continue
    const rel = p.slice(root.length)
    paths.push(rel)
    if (record.startsWith(LINK)) links.push(rel)
    else ids.set(rel, record.slice(12, tab))
  }
  return { paths, links, ids }
}

const LINK = '120000 '

/** What git says about a delta. */
export interface DeltaGit {
  repo: GitRepo
  range: DeltaRange
  changes: RawChange[]
  /**
   * The files at `to` below the tree root: the index when `to` is the checked-out commit, else
   * the commit's files with their blob ids.
   */
  listed: TrackedFiles & { ids?: Map<string, string> }
  /** Whether `to` is the checked-out commit: `listed` is then what the index tracks. */
  checkedOut: boolean
}

/**
 * Resolves the range, lists the changed paths (with their modes: which are symbolic links) and
 * the files at `to`: the tracked files when `to` is the checked-out commit, else the commit's
 * own listing (the one listing GitSourceTree would make, made here so that its links are known
 * too). Starting a git process costs more than most of these commands take, and much
 * more on a busy runner, so the diff (from the refs as given, `A...B` for the merge-base) starts
 * together with rev-parse and is kept only when rev-parse found the same commits (one
 * merge-base), otherwise it runs again from the resolved commits; the tracked files are read
 * from the index file rev-parse names, with ls-files only when its format needs git. The paths
 * are the tree root and below (`.` from the tree root).
 */
export async function readDelta(
  dir: string,
  fromRef: string,
  toRef: string,
  mode: 'merge-base' | 'exact'
): Promise<DeltaGit> {
  const opening = openRepo(dir, [fromRef, toRef]) // started first: everything waits for it
  const early = [fromRef, toRef].every((r) => r.trim() !== '' && !/^-|\.\./.test(r))
  const [from, to] = [`${fromRef}^{commit}`, `${toRef}^{commit}`]
  const ends = mode === 'exact' ? [from, to] : [`${from}...${to}`]
  const diff = early ? gitOk(dir, [...RAW_DIFF, ...ends, '--', '.']) : undefined
  const repo = await opening
  const range = await resolveRange(repo, fromRef, toRef, mode)
  const sameBase =
    mode === 'exact' || (repo.mergeBases?.length === 1 && repo.mergeBase === range.base)
  const diffed = sameBase ? await diff : undefined
  const changes =
    diffed === undefined
      ? await rawChanges(repo, range.base, range.to)
      : parseRawDiff(diffed, rootOf(repo))
  if (range.to !== repo.head)
    return { repo, range, changes, listed: await listCommit(repo, range.to), checkedOut: false }
  const listed = readIndex(repo.indexFile, range.to, rootOf(repo)) ?? (await listTracked(repo))
  return { repo, range, changes, listed, checkedOut: true }
}

/** The tracked files from the index file itself, when its format allows (SHA-1 ids only). */
function readIndex(
  file: string | undefined,
  commit: string,
  root: string
): TrackedFiles | undefined {
  if (file === undefined || commit.length !== 40) return undefined
  try {
    return indexEntries(readFileSync(file), root)
  } catch {
    return undefined // no index yet, or unreadable: ls-files says what git sees
  }
}
