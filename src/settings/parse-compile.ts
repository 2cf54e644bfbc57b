import path from 'node:path'
import type { RawInputs } from './inputs.ts'
import { readExistingPath, type PathKind } from './parse-paths.ts'
import { optional, readBoolean, readChoice, splitPaths, type Problems } from './parse-values.ts'
import type { Mode } from './modes.ts'

/** What compile mode does when the Tooling API cannot (or should not) compile the files. */
export type CompileFallback = 'deploy' | 'fail'
const FALLBACKS: readonly CompileFallback[] = ['deploy', 'fail']

/** Settings of compile mode (Tooling API MetadataContainer compile). */
export interface CompileSettings {
  /** Files to compile, workspace-relative posix paths, in input order without duplicates. */
  files: string[]
  /** true = compile only (IsCheckOnly); false = compile and save (refused for production orgs). */
  checkOnly: boolean
  /** When the container path is not possible: a Metadata API deploy of the same files, or fail. */
  fallback: CompileFallback
  /** SFDX project root (holds sfdx-project.json), workspace-relative posix ('' = the workspace). */
  projectDir: string
}

/**
 * Reads compile-files, check-only, compile-fallback and project-dir. Booleans and choices are
 * checked in every mode (a typo is a typo); the file list is required only in compile mode.
 */
export function parseCompile(
  raw: RawInputs,
  mode: Mode,
  problems: Problems
): CompileSettings | undefined {
  const v = raw.values
  const checkOnly = readBoolean('check-only', v['check-only'], problems)
  const fallback = readChoice('compile-fallback', v['compile-fallback'], FALLBACKS, problems)
  if (mode !== 'compile') return undefined
  // Without compile-files the files come from the git delta (delta-from, or the pull request's
  // base); the run says so when there is no delta to take them from.
  const listed = splitPaths(v['compile-files'])
  if (listed.length === 0 && optional(v['delta-from']) === 'none') {
    problems.push(
      'compile-files: required in compile mode when delta-from is none; list the Apex files to compile (.cls, .trigger, .page, .component), ' +
        'relative to the workspace, or set delta-from to compile what changed.'
    )
  }
  const inside = (name: string, value: string, kind: PathKind): string | undefined =>
    relativeInside(name, value, raw.workspace, kind, raw.checkFiles === true, problems)
  const files = [...new Set(listed.map((f) => inside('compile-files', f, 'file')))]
  const projectDir = inside('project-dir', optional(v['project-dir']) ?? '.', 'folder')
  if (fallback === undefined || files.includes(undefined) || projectDir === undefined)
    return undefined
  return { files: files.filter((f) => f !== undefined), checkOnly, fallback, projectDir }
}

/** A workspace-relative posix path, or undefined (with a problem) when it leaves the workspace. */
function relativeInside(
  name: string,
  value: string,
  workspace: string,
  kind: PathKind,
  check: boolean,
  problems: Problems
): string | undefined {
  const absolute = readExistingPath(name, value, workspace, kind, check, problems)
  if (absolute === undefined) return undefined
  return path.relative(workspace, absolute).split(path.sep).join('/')
}
