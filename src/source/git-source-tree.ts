import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
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
}

interface Pending {
  sha: string
  resolve(bytes: Uint8Array): void
  reject(error: Error): void
}

/**
 * Adapter: a SourceTree over one git revision. The listing comes from one
 * `git ls-tree -r -z --full-tree` call; contents are read lazily through one long-lived
 * `git cat-file --batch` process (by blob id, so no path quoting is involved). Never a shell.
 * Call close() when done.
 */
export class GitSourceTree implements SourceTree {
  private readonly options: GitTreeOptions
  private listing: Promise<Map<string, string>> | undefined
  private dirs: Set<string> | undefined
  private sorted: string[] | undefined
  private batch: ChildProcessWithoutNullStreams | undefined
  private readonly queue: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)

  constructor(options: GitTreeOptions) {
    this.options = { ...options, prefix: joinTreePath(options.prefix) }
  }

  /** Tree path -> blob id of every file (submodules skipped). */
  private files(): Promise<Map<string, string>> {
    this.listing ??= this.load()
    return this.listing
  }

  private async load(): Promise<Map<string, string>> {
    const { cwd, rev, prefix } = this.options
    const args = ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--full-tree', rev]
    if (prefix !== '') args.push('--', prefix)
    const { stdout } = await run('git', args, {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'buffer'
    })
    const out = new Map<string, string>()
    const dirs = new Set<string>([''])
    const strip = prefix === '' ? 0 : prefix.length + 1
    for (const record of stdout.toString('utf8').split('\0')) {
      // `<mode> <type> <object>\t<path>`
      const tab = record.indexOf('\t')
      if (tab === -1) continue
      const [, type = '', object = ''] = record.slice(0, tab).split(' ')
      if (type !== 'blob') continue
      const path = record.slice(tab + 1).slice(strip)
      out.set(path, object)
      const segs = path.split('/')
      for (let i = 1; i < segs.length; i++) dirs.add(segs.slice(0, i).join('/'))
    }
    this.dirs = dirs
    this.sorted = [...out.keys()].sort()
    return out
  }

  async listFiles(dir: string): Promise<string[]> {
    await this.files()
    const d = joinTreePath(dir)
    const all = this.sorted ?? []
    if (d === '') return [...all]
    const prefix = `${d}/`
    return all.filter((p) => p.startsWith(prefix))
  }

  async exists(path: string): Promise<boolean> {
    const files = await this.files()
    const p = joinTreePath(path)
    return files.has(p) || (this.dirs?.has(p) ?? false)
  }

  async readFile(path: string): Promise<Uint8Array> {
    const sha = (await this.files()).get(joinTreePath(path))
    if (sha === undefined) throw new Error(`${path}: no such file at ${this.options.rev}`)
    return this.readBlob(sha)
  }

  /** Stops the cat-file process. Safe to call more than once. */
  close(): void {
    this.batch?.stdin.end()
    this.batch = undefined
  }

  private readBlob(sha: string): Promise<Uint8Array> {
    const proc = this.process()
    return new Promise<Uint8Array>((resolve, reject) => {
      this.queue.push({ sha, resolve, reject })
      proc.stdin.write(`${sha}\n`)
    })
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.batch) return this.batch
    const proc = spawn('git', ['cat-file', '--batch'], { cwd: this.options.cwd, stdio: 'pipe' })
    proc.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
      this.drain()
    })
    const fail = (error: Error): void => {
      for (const p of this.queue.splice(0)) p.reject(error)
      if (this.batch === proc) this.batch = undefined
    }
    proc.on('error', fail)
    proc.on('close', (code) => {
      if (this.queue.length > 0)
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
        pending.reject(new Error(`git object ${pending.sha} is missing`))
        continue
      }
      const size = Number(header.split(' ')[2])
      if (this.buffer.length < nl + 1 + size + 1) return
      const body = Uint8Array.prototype.slice.call(this.buffer, nl + 1, nl + 1 + size)
      this.buffer = this.buffer.subarray(nl + 1 + size + 1)
      this.queue.shift()
      pending.resolve(body)
    }
  }
}
