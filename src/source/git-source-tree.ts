import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { BuildError, outsideRefusal } from './build-error.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath } from './source-tree.ts'

const run = promisify(execFile)

/** Where a GitSourceTree reads from. */
export interface GitTreeOptions {
  /** Folder inside the repository that git commands run in (any folder of the work tree). */
  cwd: string
  /** Commit-ish to read (a SHA is best: it cannot move while the tree is in use). */
  rev: string
  /** Path of the tree root relative to the repository root (`git rev-parse --show-prefix`), '' = root. */
  prefix: string
  /**
   * The files to show, when the caller already knows them (tree-root relative): no listing is
   * run, reads go by `<rev>:<path>`, and `exists` asks git about paths outside the list.
   */
  listing?: string[]
  /** A reader shared with other trees of the repository (the tree then leaves it open). */
  reader?: GitObjectReader
}

/**
 * Adapter: a SourceTree over one git revision. The listing comes from one
 * `git ls-tree -r -z --full-tree` call; contents are read lazily through one long-lived
 * `git cat-file --batch` process (by blob id, so no path quoting is involved). Never a shell.
 * A committed link to a folder of the revision is listed as the files of that folder under the
 * link's path, as the Salesforce CLI walks such a link on disk (and as FsSourceTree does).
 * Call close() when done.
 */
export class GitSourceTree implements SourceTree {
  private readonly options: GitTreeOptions
  private listing: Promise<Map<string, string>> | undefined
  private sorted: string[] | undefined
  /** Committed symbolic links (mode 120000): read by path, so that git follows them. */
  private readonly links = new Set<string>()
  /** Links to a folder that holds them, by path, with the problem: listing their folder fails. */
  private readonly loops = new Map<string, string>()
  /**
   * Links that lead out of the repository, by path, with the problem: listing their folder fails,
   * as a link out of the project fails the walk of a work tree (FsSourceTree).
   */
  private readonly outside = new Map<string, string>()
  private readonly reader: GitObjectReader

  constructor(options: GitTreeOptions) {
    this.options = { ...options, prefix: joinTreePath(options.prefix) }
    this.reader = options.reader ?? new GitObjectReader(options.cwd)
  }

  /** Tree path -> blob id of every file (submodules skipped). */
  private files(): Promise<Map<string, string>> {
    this.listing ??= this.load()
    return this.listing
  }

  private async load(): Promise<Map<string, string>> {
    const { cwd, rev, prefix, listing } = this.options
    if (listing) {
      this.sorted = [...new Set(listing)].sort()
      return new Map(this.sorted.map((p) => [p, '']))
    }
    const args = ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--full-tree', rev]
    if (prefix !== '') args.push('--', prefix)
    const { stdout } = await run('git', args, {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'buffer'
    })
    const out = new Map<string, string>()
    const strip = prefix === '' ? 0 : prefix.length + 1
    for (const record of stdout.toString('utf8').split('\0')) {
      // `<mode> <type> <object>\t<path>`; only blobs (submodules are commits).
      const tab = record.indexOf('\t')
      if (tab === -1 || record.slice(7, 11) !== 'blob') continue
      const path = record.slice(tab + 1).slice(strip)
      out.set(path, record.slice(12, tab))
      if (record.startsWith('120000')) this.links.add(path)
    }
    if (this.links.size > 0) await this.expandFolderLinks(out)
    this.sorted = [...out.keys()].sort()
    return out
  }

  /**
   * Replaces each link that git resolves (--follow-symlinks) to a folder of the revision by that
   * folder's files, links among them included. A link that leads out of the repository, names
   * nothing or loops stays a file: reading it reports why. A link to a folder that holds the link
   * would list for ever; it is left out, and listing a folder that holds it fails naming it.
   */
  private async expandFolderLinks(out: Map<string, string>): Promise<void> {
    const queue = [...this.links]
    for (let link = queue.shift(); link !== undefined; link = queue.shift()) {
      const target = await this.reader.readObject(this.spec(link)).catch((error: unknown) => error)
      if (target instanceof LinkError && target.kind === 'symlink') {
        out.delete(link)
        this.outside.set(
          link,
          `${link} is a symbolic link that leads out of the repository; ${OUTSIDE_FIX}.`
        )
        continue
      }
      if (target instanceof Error || (target as GitObject).type !== 'tree') continue
      out.delete(link)
      this.links.delete(link)
      if (await this.holdsItself(link, (target as GitObject).sha)) {
        this.loops.set(
          link,
          `${link} is a symbolic link to a folder that holds the link itself: following it would loop for ever. Remove the link, or point it at a folder that does not hold it.`
        )
        continue
      }
      const { stdout } = await run('git', ['ls-tree', '-r', '-z', (target as GitObject).sha], {
        cwd: this.options.cwd,
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'buffer'
      })
      for (const record of stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t')
        if (tab === -1 || record.slice(7, 11) !== 'blob') continue
        const path = `${link}/${record.slice(tab + 1)}`
        out.set(path, record.slice(12, tab))
        if (record.startsWith('120000')) {
          this.links.add(path)
          queue.push(path)
        }
      }
    }
  }

  /**
   * Whether the folder `sha` a link names is one of the folders the link lies in (from the
   * repository root, each resolved by git through the links on the way): then it holds the link.
   */
  private async holdsItself(link: string, sha: string): Promise<boolean> {
    const full = this.options.prefix === '' ? link : `${this.options.prefix}/${link}`
    const segs = full.split('/')
    for (let i = 0; i < segs.length; i++) {
      const folder = await this.reader.lookUp(`${this.options.rev}:${segs.slice(0, i).join('/')}`)
      if (folder?.sha === sha) return true
    }
    return false
  }

  /** `<rev>:<path>` of a tree path, for git to resolve (links followed). */
  private spec(path: string): string {
    const prefix = this.options.prefix === '' ? '' : `${this.options.prefix}/`
    return `${this.options.rev}:${prefix}${path}`
  }

  /** Index of the first sorted path >= `key`. */
  private lowerBound(key: string): number {
    const all = this.sorted ?? []
    let lo = 0
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((all[mid] ?? '') < key) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  async listFiles(dir: string): Promise<string[]> {
    await this.files()
    const d = joinTreePath(dir)
    const all = this.sorted ?? []
    const prefix = d === '' ? '' : `${d}/`
    const under = (problems: Map<string, string>): string[] =>
      [...problems].filter(([link]) => link.startsWith(prefix)).map(([, problem]) => problem)
    const outside = under(this.outside).sort()
    const loops = under(this.loops).sort()
    if (outside.length > 0) throw outsideRefusal([...outside, ...loops])
    if (loops.length > 0) throw new BuildError(loops)
    if (d === '') return [...all]
    const out: string[] = []
    for (let i = this.lowerBound(prefix); i < all.length && (all[i] ?? '').startsWith(prefix); i++)
      out.push(all[i] ?? '')
    return out
  }

  async exists(path: string): Promise<boolean> {
    const files = await this.files()
    const p = joinTreePath(path)
    if (p === '' || files.has(p)) return true
    const next = this.sorted?.[this.lowerBound(`${p}/`)]
    if (next?.startsWith(`${p}/`) === true) return true
    if (!this.options.listing) return false
    // A partial listing does not know the rest of the tree: ask git for the object.
    if (p.includes('\n')) return false
    const prefix = this.options.prefix === '' ? '' : `${this.options.prefix}/`
    return this.readBlob(`${this.options.rev}:${prefix}${p}`).then(
      () => true,
      () => false
    )
  }

  async readFile(path: string): Promise<Uint8Array> {
    const p = joinTreePath(path)
    const sha = (await this.files()).get(p)
    if (sha && !this.links.has(p)) return this.readBlob(sha)
    const outside = this.outside.get(p)
    if (outside) throw outsideRefusal([outside])
    if ((sha !== undefined || this.options.listing) && !p.includes('\n')) {
      const object = await this.reader.readObject(this.spec(p))
      // A folder's raw tree object is no file's content.
      if (object.type !== 'blob')
        throw new Error(
          `${path} is a folder at ${this.options.rev} (a symbolic link to a folder, or a folder given as a file), not a file.`
        )
      return object.bytes
    }
    throw new Error(`${path}: no such file at ${this.options.rev}`)
  }

  /** Stops the cat-file process unless it is shared. Safe to call more than once. */
  close(): void {
    if (!this.options.reader) this.reader.close()
  }

  private readBlob(spec: string): Promise<Uint8Array> {
    return this.reader.read(spec)
  }
}

/** One object as cat-file answers it. */
export interface GitObject {
  sha: string
  /** blob, tree, commit or tag. */
  type: string
  bytes: Uint8Array
}

interface Pending {
  spec: string
  resolve(object: GitObject): void
  reject(error: Error): void
}

/**
 * Adapter: one long-lived `git cat-file --batch` process answering reads in order. Trees of the
 * same repository can share it (one process start instead of one per tree), and start() lets the
 * process come up while other work runs. Call close() when done.
 */
export class GitObjectReader {
  private readonly cwd: string
  private batch: ChildProcessWithoutNullStreams | undefined
  private readonly queue: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)

  /** `cwd`: any folder of the repository's work tree. */
  constructor(cwd: string) {
    this.cwd = cwd
  }

  /** Starts the process now rather than on the first read. */
  start(): this {
    this.process()
    return this
  }

  /** Reads an object by id or `<rev>:<path>` (a tree's raw bytes when the path is a folder). */
  read(spec: string): Promise<Uint8Array> {
    return this.readObject(spec).then((object) => object.bytes)
  }

  /** Reads an object with its id and type. */
  readObject(spec: string): Promise<GitObject> {
    const proc = this.process()
    return new Promise<GitObject>((resolve, reject) => {
      this.queue.push({ spec, resolve, reject })
      proc.stdin.write(`${spec}\n`)
    })
  }

  /** The id and type of an object, or undefined when git finds none by that name. */
  lookUp(spec: string): Promise<{ sha: string; type: string } | undefined> {
    if (spec.includes('\n')) return Promise.resolve(undefined)
    return this.readObject(spec).then(
      ({ sha, type }) => ({ sha, type }),
      () => undefined
    )
  }

  /** Stops the process. Safe to call more than once. */
  close(): void {
    const proc = this.batch
    this.batch = undefined
    if (!proc) return
    proc.stdin.end()
    // git ends on its own once its input closes; with nothing left to answer, nothing needs to
    // wait for that, and a short run (a delta build in a CLI) would otherwise stay alive several
    // milliseconds for it.
    if (this.queue.length === 0)
      for (const handle of [proc, proc.stdin, proc.stdout, proc.stderr]) unref(handle)
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.batch) return this.batch
    // --follow-symlinks: a committed link read by `<rev>:<path>` answers with its target inside
    // the revision, as a work tree would; one that leads out is reported, never its text.
    const proc = spawn('git', ['cat-file', '--batch', '--follow-symlinks'], {
      cwd: this.cwd,
      stdio: 'pipe'
    })
    proc.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
      this.drain()
    })
    const fail = (error: Error): void => {
      for (const p of this.queue.splice(0)) p.reject(error)
      if (this.batch === proc) this.batch = undefined
    }
    proc.on('error', fail)
    proc.stdin.on('error', fail) // a write to a process that already died
    proc.on('close', (code) => {
      // Reads queued after close() belong to a newer process.
      if (this.batch === proc || this.batch === undefined)
        fail(new Error(`git cat-file --batch exited with code ${code ?? 'null'}`))
    })
    this.batch = proc
    return proc
  }

  /** Answers queued reads, in order, as whole `<sha> <type> <size>\n<bytes>\n` records arrive. */
  private drain(): void {
    while (this.queue.length > 0) {
      const nl = this.buffer.indexOf(10)
      if (nl === -1) return
      const header = this.buffer.subarray(0, nl).toString('utf8')
      const pending = this.queue[0]
      if (!pending) return
      if (header.endsWith(' missing')) {
        this.queue.shift()
        this.buffer = this.buffer.subarray(nl + 1)
        pending.reject(new Error(`git object ${pending.spec} is missing`))
        continue
      }
      const link = LINK_ANSWER.exec(header)
      if (link) {
        // `symlink|dangling|loop|notdir <size>` then that many bytes: what the link names.
        const size = Number(link[2])
        if (this.buffer.length < nl + 1 + size + 1) return
        this.buffer = this.buffer.subarray(nl + 1 + size + 1)
        this.queue.shift()
        const kind = link[1] ?? ''
        pending.reject(new LinkError(linkProblem(pending.spec, kind), kind))
        continue
      }
      const [sha = '', type = '', sizeText] = header.split(' ')
      const size = Number(sizeText)
      if (this.buffer.length < nl + 1 + size + 1) return
      const body = Uint8Array.prototype.slice.call(this.buffer, nl + 1, nl + 1 + size)
      this.buffer = this.buffer.subarray(nl + 1 + size + 1)
      this.queue.shift()
      pending.resolve({ sha, type, bytes: body })
    }
  }
}

/** What a link committed in a revision cannot lead out of the repository to, and what to do. */
const OUTSIDE_FIX =
  'a revision holds only what is committed in it: commit the file or folder itself inside the repository instead of a link to it'

/** A link git could not follow to an object: `kind` is cat-file's word for why. */
class LinkError extends Error {
  readonly kind: string

  constructor(message: string, kind: string) {
    super(message)
    this.kind = kind
  }
}

/** cat-file --follow-symlinks' answers for a link it could not follow to an object. */
const LINK_ANSWER = /^(symlink|dangling|loop|notdir) (\d+)$/

function linkProblem(spec: string, kind: string): string {
  const path = spec.slice(spec.indexOf(':') + 1)
  const why =
    kind === 'symlink'
      ? 'leads out of the repository'
      : kind === 'loop'
        ? 'is part of a loop of links'
        : 'names no file'
  return `${path} is a symbolic link that ${why}; commit the file itself, or add the link to .forceignore.`
}

/** Lets the event loop end without waiting for a child process or one of its pipes. */
function unref(handle: object): void {
  const ref = handle as { unref?: () => void }
  if (typeof ref.unref === 'function') ref.unref()
}
