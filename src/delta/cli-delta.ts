import path from 'node:path'
import type { BuildCommand } from '../cli/parse-args.ts'
import { BuildError } from '../source/build-error.ts'
import type { BuiltPackage } from '../source/build-package.ts'
import { buildDelta } from './delta-build.ts'
import { GitDeltaError } from './git-diff.ts'

/**
 * The local CLI's `build --delta-from`: the same delta the action deploys, with the destructive
 * manifest among the files (so `--out` writes it beside package.xml). Git problems become build
 * problems (exit code 1).
 */
export async function buildDeltaForCli(
  cmd: BuildCommand,
  env: Record<string, string | undefined>,
  out: (line: string) => void
): Promise<BuiltPackage> {
  try {
    const delta = await buildDelta({
      root: path.resolve(cmd.project),
      projectDir: '',
      sourceDirs: cmd.sourceDirs,
      from: cmd.deltaFrom ?? 'HEAD',
      to: cmd.deltaTo ?? 'HEAD',
      base: 'merge-base',
      destructiveTiming: 'post',
      ...(cmd.preDestructive === undefined ? {} : { preDestructiveFile: cmd.preDestructive }),
      ...(cmd.postDestructive === undefined ? {} : { postDestructiveFile: cmd.postDestructive }),
      ...(cmd.apiVersion === undefined ? {} : { apiVersion: cmd.apiVersion }),
      ignoreUnknown: cmd.ignoreUnknown,
      env,
      selectTests: false
    })
    const { range } = delta
    out(
      delta.empty
        ? `Nothing to deploy: no metadata changes between ${range.fromRef} and ${range.toRef}.`
        : `Delta ${range.fromRef}..${range.toRef}: ${delta.built.components.length} members to deploy, ${delta.deletions.length} to delete.`
    )
    return delta.built
  } catch (error) {
    if (error instanceof GitDeltaError)
      throw new BuildError([error.message], 'No delta could be computed:')
    throw error
  }
}
