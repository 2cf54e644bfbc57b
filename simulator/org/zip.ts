/**
 * Zip I/O (jszip): unzip a deploy package into a path → bytes map (directory entries skipped),
 * and build retrieve zips the way the org does (deflate, no directory entries).
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import JSZip from 'jszip'

/** Unzips to a map of file path → content. Throws a clear Error on a corrupt zip. */
export async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  let archive: JSZip
  try {
    archive = await JSZip.loadAsync(zip)
  } catch (error) {
    throw new Error(`the uploaded data is not a valid zip file (${(error as Error).message})`)
  }
  const files = new Map<string, Buffer>()
  for (const entry of Object.values(archive.files)) {
    if (entry.dir) continue
    files.set(entry.name.replace(/^\.\//, ''), await entry.async('nodebuffer'))
  }
  return files
}

/** Builds a zip from a path → content map (deflate, no directory entries). */
export async function zipFiles(files: Map<string, Buffer>): Promise<Buffer> {
  const archive = new JSZip()
  for (const [path, content] of files) archive.file(path, content, { createFolders: false })
  return archive.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 }
  })
}

/** Reads every file under a folder into a map keyed by `/`-separated relative path. */
export async function readFolder(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    files.set(relative(root, full).split(sep).join('/'), await readFile(full))
  }
  return files
}
