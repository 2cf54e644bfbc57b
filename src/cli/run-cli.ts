import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildError } from '../source/build-error.ts'
import { buildPackage, type BuiltPackage } from '../source/build-package.ts'
import { FsSourceTree } from '../source/fs-source-tree.ts'
import { checkZipSize } from '../source/limits.ts'
import { readMetadataDir } from '../source/metadata-dir.ts'
import { zipPackage } from '../source/zip.ts'
import { buildDeltaForCli } from '../delta/cli-delta.ts'
import { parseCliArgs, USAGE, type BuildCommand } from './parse-args.ts'

/** Where the CLI writes text; injected so tests can capture it. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  env: Record<string, string | undefined>
}

async function build(cmd: BuildCommand, env: CliIo['env'], io: CliIo): Promise<BuiltPackage> {
  if (cmd.deltaFrom !== undefined) return buildDeltaForCli(cmd, env, io.out)
  if (cmd.metadataDir !== undefined)
    return readMetadataDir(new FsSourceTree(path.resolve(cmd.metadataDir)), '')
  return buildPackage(new FsSourceTree(path.resolve(cmd.project)), {
    projectDir: '',
    sourceDirs: cmd.sourceDirs,
    ...(cmd.manifest === undefined ? {} : { manifest: cmd.manifest }),
    ...(cmd.preDestructive === undefined ? {} : { preDestructiveChanges: cmd.preDestructive }),
    ...(cmd.postDestructive === undefined ? {} : { postDestructiveChanges: cmd.postDestructive }),
    ...(cmd.apiVersion === undefined ? {} : { apiVersion: cmd.apiVersion }),
    ignoreUnknown: cmd.ignoreUnknown,
    env
  })
}

async function writeTree(dir: string, files: Map<string, Uint8Array>): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  for (const [rel, bytes] of files) {
    const target = path.join(dir, ...rel.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
}

/** Runs the CLI; returns the process exit code (0 ok or help, 1 build problems, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let cmd: BuildCommand
  try {
    const parsed = parseCliArgs(argv)
    if (parsed.command === 'help') {
      io.out(USAGE)
      return 0
    }
    cmd = parsed
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    return 2
  }
  try {
    const started = performance.now()
    const built = await build(cmd, io.env, io)
    for (const w of built.warnings) io.err(`warning: ${w}`)
    if (cmd.out !== undefined) await writeTree(path.resolve(cmd.out), built.files)
    let zipInfo = ''
    if (cmd.zip !== undefined) {
      const zip = await zipPackage(built.files)
      const limits = checkZipSize(zip.length)
      for (const w of limits.warnings) io.err(`warning: ${w}`)
      for (const e of limits.errors) io.err(`warning: ${e}`)
      await mkdir(path.dirname(path.resolve(cmd.zip)), { recursive: true })
      await writeFile(path.resolve(cmd.zip), zip)
      zipInfo = `, zip ${zip.length} bytes`
    }
    const ms = Math.round(performance.now() - started)
    io.out(
      `Built ${built.components.length} members, ${built.files.size} files (API ${built.apiVersion})${zipInfo} in ${ms} ms.`
    )
    return 0
  } catch (error) {
    if (error instanceof BuildError) {
      io.err(error.message)
      return 1
    }
    throw error
  }
}
