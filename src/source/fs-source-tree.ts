import { type Dirent, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { BuildError } from './build-error.ts'
import { escapeFromProject } from './fs-contained-path.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath } from './source-tree.ts'

/**
 * Adapter: a SourceTree over a folder on disk, which is also the boundary of what may be read.
 * Entries are checked without following links (lstat): a symbolic link is read only when its real
 * path stays inside the root and outside `.git`; otherwise, for anything that is not a regular
 * file or folder, and for a name with a control character, the read is refused with a BuildError
 * naming the path. Links to folders
 * are not walked (a walk cannot loop).
 */
export class FsSourceTree implements SourceTree {
  private readonly root: string
  /** Tree paths of regular files met by a walk of checked folders: reading them needs no check. */
  private readonly walked = new Set<string>()
  /** Folders (tree paths) whose real location was checked, with the problem found, if any. */
  private readonly folders = new Map<string, string | undefined>()

  /** `root`: absolute or cwd-relative folder that tree paths are relative to. */
  constructor(root: string) {
    this.root = root
  }

  /**
   * Walks folder by folder with synchronous reads: each folder's entries die as soon as it is
   * listed (one recursive readdir holds an entry object for every file of the tree at once), and
   * tree paths are built from the folder's tree path instead of path.join + path.relative.
   */
  listFiles(dir: string): Promise<string[]> {
    try {
      return Promise.resolve(this.walk(joinTreePath(dir)))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  private walk(base: string): string[] {
    const out: string[] = []
    const refused: string[] = []
    // A package folder that is itself a link (or lies under one) must stay inside too.
    this.requireFolderInside(base)
    // [folder on disk, its tree path followed by '/' ('' at the root)]
    const pending: [string, string][] = [
      [path.join(this.root, base), base === '' ? '' : `${base}/`]
    ]
    for (let first = true; pending.length > 0; first = false) {
      const [folder, prefix] = pending.pop() ?? ['', '']
      let entries: Dirent[]
      try {
        entries = readdirSync(folder, { withFileTypes: true })
      } catch (error) {
        if (first && isMissing(error)) return []
        throw error
      }
      for (const entry of entries) {
        const treePath = `${prefix}${entry.name}`
        if (CONTROL.test(entry.name)) refused.push(controlName(treePath))
        else if (entry.isDirectory()) pending.push([path.join(folder, entry.name), `${treePath}/`])
        else if (entry.isFile()) {
          out.push(treePath)
          this.walked.add(treePath)
        } else if (entry.isSymbolicLink()) {
          const problem = this.linkProblem(treePath)
          if (problem) refused.push(problem)
          else if (isFile(path.join(folder, entry.name))) out.push(treePath)
        } else refused.push(notRegular(treePath))
      }
    }
    if (refused.length > 0) throw refusal(refused.sort())
    return out.sort()
  }

  /**
   * Reads synchronously: for thousands of small files this is several times faster than the
   * promise API (no thread-pool round trips), and nothing else needs the event loop meanwhile.
   */
  readFile(p: string): Promise<Uint8Array> {
    try {
      const treePath = joinTreePath(p)
      const full = this.walked.has(treePath)
        ? `${this.root}/${treePath}`
        : this.requireReadable(treePath)
      const buf = readFileSync(full)
      return Promise.resolve(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /** Synchronous for the reason reads are: a thread-pool round trip costs more than the stat. */
  exists(p: string): Promise<boolean> {
    try {
      statSync(path.join(this.root, joinTreePath(p)))
      return Promise.resolve(true)
    } catch (error) {
      if (isMissing(error)) return Promise.resolve(false)
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  /**
   * A file not met by a walk (a manifest, sfdx-project.json, a delta's file): one lstat, and its
   * folder. Returns the path that was checked, to be read as it is: path.join resolves `..`
   * lexically, the kernel through links (a `link` segment followed by `..`, with the link to a
   * folder outside, names a file beside that folder), so the unjoined path could be another file
   * than the checked one.
   */
  private requireReadable(treePath: string): string {
    const full = path.join(this.root, treePath)
    const entry = lstatSync(full) // a missing file rejects as before (ENOENT)
    if (entry.isSymbolicLink()) {
      const problem = this.linkProblem(treePath)
      if (problem) throw refusal([problem])
    } else if (!entry.isFile()) throw refusal([notRegular(treePath)])
    const parent = path.posix.dirname(treePath)
    this.requireFolderInside(parent === '.' ? '' : parent)
    return full
  }

  private requireFolderInside(treeDir: string): void {
    if (!this.folders.has(treeDir)) {
      const problem = escapeFromProject(this.root, path.join(this.root, treeDir))
      this.folders.set(treeDir, problem && `${treeDir || '.'} ${problem}`)
    }
    const problem = this.folders.get(treeDir)
    if (problem) throw refusal([`${problem}: a folder of the project may not be a link out of it.`])
  }

  private linkProblem(treePath: string): string | undefined {
    const problem = escapeFromProject(this.root, path.join(this.root, treePath))
    return problem && `${treePath} is a symbolic link that ${problem}.`
  }
}

function refusal(problems: string[]): BuildError {
  return new BuildError(
    problems,
    `Refused to read outside the project (${problems.length} path${problems.length === 1 ? '' : 's'}); only files inside the repository are packaged. Replace each link with the file itself:`
  )
}

/** Control characters (a line break, a tab, an escape): no metadata name has one, a forged one may. */
// eslint-disable-next-line no-control-regex -- these are what it must find
const CONTROL = /[\u0000-\u001f\u007f]/

function controlName(treePath: string): string {
  // JSON-quoted, so the name shows its line breaks as \n instead of printing them.
  return `${JSON.stringify(treePath)} has a control character in its name (a line break, a tab, ...); rename it.`
}

function notRegular(treePath: string): string {
  return `${treePath} is not a regular file (a device, pipe or socket).`
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}
