/**
 * Adapter: the changes a delta sees through symbolic links. git reports a change where the file
 * really is (`shared/lwc/hello/hello.js`), while the package builder lists a linked folder's files
 * under the link's path (`force-app/main/default/lwc/hello/hello.js`), as the Salesforce CLI walks
 * it (FsSourceTree, GitSourceTree). So for each link, what git resolves it to at the base and at
 * the head (`cat-file --follow-symlinks`: chains of links and retargets need no path arithmetic
 * here) is compared, and the differences become the changes under the link's path: a change in
 * the target, a retargeted link, a link added or deleted. With no link at either end nothing here
 * runs at all.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { escapeFromProject } from '../source/fs-contained-path.ts'
import type { GitObjectReader } from '../source/git-source-tree.ts'
import { git, parseTree, type CommitFiles } from './git-diff.ts'
import { parseRawDiff, type FileChange, type RawChange } from './name-status.ts'

/** What to follow. Paths are tree paths (relative to the tree root at `prefix`). */
export interface LinkRequest {
  cwd: string
  prefix: string
  base: string
  head: string
  reader: GitObjectReader
  /** The symbolic links among the files at head. */
  links: readonly string[]
  changes: readonly RawChange[]
  /**
   * The tree root on disk, when the head is the checked-out commit: the full build walks it
   * there (FsSourceTree), which refuses links that lead out of it, so the delta does too.
   */
  disk?: string
}

/** The changes as the package builder sees them, and what the head listing gains and loses. */
export interface LinkedDelta {
  changes: FileChange[]
  /** Files at head below links to folders, under the links' paths. */
  files: string[]
  /** Their blob ids (not of links among them, which are read by path so that git follows them). */
  ids: Map<string, string>
  /** Links to folders at head: listed as their folders' files, never as files themselves. */
  folders: Set<string>
  /** Links at head to a folder that holds them, by path, each with the problem. */
  loops: Map<string, string>
  /** Links at head that lead out of the project on disk, by path, each with the problem. */
  refused: Map<string, string>
}

/** Folder links followed at once: each may start a git process or two. */
const PARALLEL = 4

/** Follows every link of either end (nothing to do, and no cost, when there is none). */
export async function followLinks(request: LinkRequest): Promise<LinkedDelta> {
  const atHead = new Set(request.links)
  const start = new Set(atHead)
  for (const c of request.changes) if (c.link) start.add(c.path)
  const walk = new LinkWalk(request, start)
  if (start.size === 0) return walk.result()
  let pending: Pending[] = [...start].map((p) => ({ path: p, expand: atHead.has(p) }))
  while (pending.length > 0) pending = (await inBatches(pending, (p) => walk.follow(p))).flat()
  return walk.result()
}

/** A path to compare at both ends. */
interface Pending {
  path: string
  /** A link at head: its folder's files are listed under it, as the full build lists them. */
  expand: boolean
}

/** What git resolves a path to at one end (a tree or a blob), or undefined. */
type Found = { sha: string; type: 'tree' | 'blob' } | undefined

class LinkWalk {
  private readonly request: LinkRequest
  /** Paths whose changes come from comparing both ends (those git reported there are replaced). */
  private readonly roots = new Set<string>()
  private readonly seen: Set<string>
  private readonly derived: { root: string; change: FileChange }[] = []
  private readonly files: string[] = []
  private readonly ids = new Map<string, string>()
  private readonly folders = new Set<string>()
  private readonly loops = new Map<string, string>()
  private readonly refused = new Map<string, string>()

  constructor(request: LinkRequest, start: Set<string>) {
    this.request = request
    this.seen = new Set(start)
  }

  /** Compares one path at both ends; returns the links found below it, to follow next. */
  async follow({ path: p, expand }: Pending): Promise<Pending[]> {
    const { base: baseRev, head: headRev, disk } = this.request
    const [b, h] = await Promise.all([this.resolve(baseRev, p), this.resolve(headRev, p)])
    if (expand && disk !== undefined) {
      const problem = escapeFromProject(disk, path.join(disk, p))
      if (problem) {
        this.refused.set(p, refusedLink(p, problem, h?.type === 'tree' || isFolder(disk, p)))
        return []
      }
    }
    if (!b && !h) return [] // names nothing at either end: reading it says why
    this.roots.add(p)
    let head = h
    if (h?.type === 'tree' && expand) {
      this.folders.add(p)
      if (await this.holdsItself(headRev, p, h.sha)) {
        this.loops.set(p, loopProblem(p))
        head = undefined
      }
    }
    // A loop at the base listed nothing there either: the base's full build failed on it.
    const base = b?.type === 'tree' && (await this.holdsItself(baseRev, p, b.sha)) ? undefined : b
    const next: Pending[] = []
    const headFiles = head?.type === 'tree' ? await this.list(head.sha) : undefined
    if (headFiles && expand) {
      for (const f of headFiles.paths) this.files.push(`${p}/${f}`)
      for (const [f, id] of headFiles.ids) this.ids.set(`${p}/${f}`, id)
      for (const l of headFiles.links) next.push({ path: `${p}/${l}`, expand })
    }
    if (base?.type === 'tree' && head?.type === 'tree') {
      if (base.sha !== head.sha)
        for (const c of await this.diff(base.sha, head.sha)) {
          this.derive(p, c.status, `${p}/${c.path}`)
          if (c.link) next.push({ path: `${p}/${c.path}`, expand: false })
        }
    } else {
      const baseFiles = base?.type === 'tree' ? await this.list(base.sha) : undefined
      for (const f of baseFiles?.paths ?? []) this.derive(p, 'D', `${p}/${f}`)
      for (const l of baseFiles?.links ?? []) next.push({ path: `${p}/${l}`, expand: false })
      for (const f of headFiles?.paths ?? []) this.derive(p, 'A', `${p}/${f}`)
      if (base?.type === 'blob' && head?.type === 'blob') {
        if (base.sha !== head.sha) this.derive(p, 'M', p)
      } else if (base?.type === 'blob') this.derive(p, 'D', p)
      else if (head?.type === 'blob') this.derive(p, 'A', p)
    }
    return next.filter((n) => !this.seen.has(n.path) && Boolean(this.seen.add(n.path)))
  }

  /**
   * The changes: git's own, except at or below a compared path, where the deepest compared path
   * holding a change says what it is (a link inside a linked folder is compared on its own).
   */
  result(): LinkedDelta {
    const { roots } = this
    const changes =
      roots.size === 0
        ? [...this.request.changes]
        : [
            ...this.request.changes.filter((c) => rootOf(roots, c.path) === undefined),
            ...this.derived
              .filter((d) => rootOf(roots, d.change.path) === d.root)
              .map((d) => d.change)
          ]
    return {
      changes,
      files: this.files.filter((f) => !this.folders.has(f)),
      ids: this.ids,
      folders: this.folders,
      loops: this.loops,
      refused: this.refused
    }
  }

  private derive(root: string, status: FileChange['status'], p: string): void {
    this.derived.push({ root, change: { status, path: p } })
  }

  private async resolve(rev: string, p: string): Promise<Found> {
    const found = await this.request.reader.lookUp(`${rev}:${this.full(p)}`)
    return found?.type === 'tree' || found?.type === 'blob'
      ? { sha: found.sha, type: found.type }
      : undefined
  }

  /**
   * Whether the folder `sha` a link names is one of the folders the link lies in (each resolved
   * by git through the links on the way), as GitSourceTree decides it: listing it would loop.
   */
  private async holdsItself(rev: string, p: string, sha: string): Promise<boolean> {
    const segs = this.full(p).split('/')
    const folders = await Promise.all(
      segs.map((_, i) => this.request.reader.lookUp(`${rev}:${segs.slice(0, i).join('/')}`))
    )
    return folders.some((f) => f?.sha === sha)
  }

  /** Every file of a folder, relative to it. */
  private async list(sha: string): Promise<CommitFiles> {
    return parseTree(await git(this.request.cwd, ['ls-tree', '-r', '-z', sha]), '')
  }

  /** The changes between two folders, relative to them. */
  private async diff(from: string, to: string): Promise<RawChange[]> {
    const out = await git(this.request.cwd, [
      'diff-tree',
      '-r',
      '-z',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      from,
      to
    ])
    return parseRawDiff(out)
  }

  private full(p: string): string {
    return this.request.prefix === '' ? p : `${this.request.prefix}/${p}`
  }
}

/** The deepest compared path at or above `p`. */
function rootOf(roots: Set<string>, p: string): string | undefined {
  for (let q = p; q !== ''; q = q.slice(0, Math.max(0, q.lastIndexOf('/'))))
    if (roots.has(q)) return q
  return undefined
}

async function inBatches<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += PARALLEL)
    out.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(fn))))
  return out
}

function isFolder(disk: string, p: string): boolean {
  try {
    return statSync(path.join(disk, p)).isDirectory()
  } catch {
    return false
  }
}

// The same words as GitSourceTree and FsSourceTree, so that a delta fails as the full build does.
function loopProblem(link: string): string {
  return `${link} is a symbolic link to a folder that holds the link itself: following it would loop for ever. Remove the link, or point it at a folder that does not hold it.`
}

function refusedLink(link: string, problem: string, folder: boolean): string {
  const fix = folder
    ? 'move the folder into the project and link to it there, or replace the link with a copy of the folder'
    : 'replace the link with a copy of the file'
  return `${link} is a symbolic link that ${problem}; ${fix}.`
}

/** FsSourceTree's summary of links out of the project. */
export function refusalSummary(count: number): string {
  return `Refused to read outside the project (${count} path${count === 1 ? '' : 's'}); only files inside the repository are packaged:`
}
