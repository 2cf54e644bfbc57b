import {
  type Dirent,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync
} from 'node:fs'
import path from 'node:path'
import { BuildError, outsideRefusal } from './build-error.ts'
import { CONTROL_CHARACTER } from './control-characters.ts'
import { escapeFromProject } from './fs-contained-path.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath } from './source-tree.ts'

/**
 * Adapter: a SourceTree over a folder on disk, which is also the boundary of what may be read.
 * Entries are checked without following links (lstat): a symbolic link is read only when its real
 * path stays inside the root and outside `.git`; otherwise, for anything that is not a regular
 * file or folder, and for a name with a control character, the read is refused with a BuildError
 * naming the path. A link to a folder inside is walked as the folder it names, as the Salesforce
 * CLI walks it (its files are listed under the link's path), unless it leads back into a folder
 * the walk is inside: that would loop, and is refused naming the link. A walk never enters or
 * lists `.git`.
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
    const loops: string[] = []
    // A package folder that is itself a link (or lies under one) must stay inside too.
    this.requireFolderInside(base)
    const pending: Pending[] = [
      { folder: path.join(this.root, base), prefix: base === '' ? '' : `${base}/`, via: [] }
    ]
    for (let first = true; pending.length > 0; first = false) {
      const { folder, prefix, via } = pending.pop() ?? { folder: '', prefix: '', via: [] }
      let entries: Dirent[]
      try {
        entries = readdirSync(folder, { withFileTypes: true })
      } catch (error) {
        if (first && isMissing(error)) return []
        throw error
      }
      for (const entry of entries) {
        // Git's own files are never source, and `.git/config` holds the checkout's token: a walk
        // of the repository root (metadata-dir: .) must not list them, let alone package them.
        if (entry.name === '.git') continue
        const treePath = `${prefix}${entry.name}`
        if (CONTROL_CHARACTER.test(entry.name)) refused.push(controlName(treePath))
        else if (entry.isDirectory())
          pending.push({ folder: path.join(folder, entry.name), prefix: `${treePath}/`, via })
        else if (entry.isFile()) {
          out.push(treePath)
          this.walked.add(treePath)
        } else if (entry.isSymbolicLink()) {
          const full = path.join(folder, entry.name)
          const problem = this.linkProblem(treePath, full)
          if (problem) refused.push(problem)
          else if (isFile(full)) out.push(treePath)
          else if (isFolder(full)) {
            const next = followed(folder, full, via)
            if (next) pending.push({ folder: full, prefix: `${treePath}/`, via: next })
            else loops.push(loopProblem(treePath, full))
          }
        } else refused.push(notRegular(treePath))
      }
    }
    if (refused.length > 0) throw outsideRefusal([...refused.sort(), ...loops.sort()])
    if (loops.length > 0) throw new BuildError(loops.sort())
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
      const problem = this.linkProblem(treePath, full)
      if (problem) throw outsideRefusal([problem])
    } else if (!entry.isFile()) throw outsideRefusal([notRegular(treePath)])
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
    if (problem)
      throw outsideRefusal([
        `${problem}: a folder of the project may not be a link out of it; ${FOLDER_FIX}.`
      ])
  }

  /** Names the link, where it really leads and what to do instead. */
  private linkProblem(treePath: string, full: string): string | undefined {
    const problem = escapeFromProject(this.root, full)
    if (!problem) return undefined
    const fix = isFolder(full) ? FOLDER_FIX : 'replace the link with a copy of the file'
    return `${treePath} is a symbolic link that ${problem}; ${fix}.`
  }
}

const FOLDER_FIX =
  'move the folder into the project and link to it there, or replace the link with a copy of the folder'

/** A folder waiting to be listed. */
interface Pending {
  /** The folder on disk, as the walk reached it (through links, if any). */
  folder: string
  /** Its tree path followed by '/' ('' at the root). */
  prefix: string
  /**
   * Real paths of the folders holding each link to a folder followed on the way here. With the
   * real path of the current folder, these are the deepest folders of each stretch of the walk
   * (a stretch goes down real subfolders only), so a folder that holds none of them cannot
   * bring the walk back to where it already is.
   */
  via: readonly string[]
}

/**
 * The `via` of a followed link to a folder in `folder`, or undefined when its target is one of
 * the folders the walk is inside (or holds one): walking it would meet the same link again, for
 * ever. Real paths are only taken here, for the few links to folders, never for every folder.
 */
function followed(folder: string, link: string, via: readonly string[]): string[] | undefined {
  const target = realpathSync.native(link)
  const stops = [...via, realpathSync.native(folder)]
  const inside = (stop: string): boolean =>
    stop === target || stop.startsWith(target.endsWith(path.sep) ? target : target + path.sep)
  return stops.some(inside) ? undefined : stops
}

function loopProblem(treePath: string, link: string): string {
  return `${treePath} is a symbolic link to ${readlinkSync(link)}, a folder that holds the link itself: following it would loop for ever. Remove the link, or point it at a folder that does not hold it.`
}

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

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}
