import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildDelta, type DeltaBuild, type DeltaRequest } from '../../src/delta/delta-build.ts'
import { KITCHEN_SINK } from '../support/fixtures.ts'

export { KITCHEN_SINK }
export const D = 'force-app/main/default'

/** A real git repository in a temporary folder. */
export interface TestRepo {
  dir: string
  git(...args: string[]): string
  write(file: string, content: string): void
  remove(file: string): void
  move(from: string, to: string): void
  read(file: string): string
  /** Stages everything and commits; returns the new SHA. */
  commit(message?: string): string
  /**
   * Checks out a new branch at `start` with a clean working tree, so tests can share one
   * repository (copying the project and committing it is the slow part) and each start afresh.
   */
  branchFrom(start: string): void
  cleanup(): void
}

/** Creates a repository, optionally seeded with a copy of `from`, and commits it. */
export function createRepo(from?: string, files: Record<string, string> = {}): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-delta-'))
  if (from) cpSync(from, dir, { recursive: true })
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_CONFIG_NOSYSTEM: '1'
      }
    })
  let branches = 0
  const repo: TestRepo = {
    dir,
    git,
    write(file, content) {
      const target = path.join(dir, file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, content)
    },
    remove(file) {
      rmSync(path.join(dir, file), { recursive: true })
    },
    move(a, b) {
      mkdirSync(path.dirname(path.join(dir, b)), { recursive: true })
      renameSync(path.join(dir, a), path.join(dir, b))
    },
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    commit(message = 'change') {
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD').trim()
    },
    branchFrom(start) {
      git('checkout', '-q', '-f', '-B', `case-${++branches}`, start)
      git('clean', '-q', '-f', '-d', '-x')
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
  git('init', '-q', '-b', 'main')
  git('config', 'core.autocrlf', 'false')
  for (const [file, content] of Object.entries(files)) repo.write(file, content)
  repo.commit('base')
  return repo
}

/** Runs the delta from `from` to HEAD of the repository, kitchen-sink style defaults. */
export function delta(
  repo: TestRepo,
  from: string,
  options: Partial<DeltaRequest> = {}
): Promise<DeltaBuild> {
  return buildDelta({
    root: repo.dir,
    projectDir: '',
    sourceDirs: [],
    from,
    to: 'HEAD',
    base: 'merge-base',
    destructiveTiming: 'post',
    ignoreUnknown: false,
    env: { KS_GREETING: 'Howdy' },
    selectTests: false,
    ...options
  })
}

/** package.xml-style members as `Type: a, b` lines, for readable expectations. */
export function membersOf(xml: string | undefined): string[] {
  if (xml === undefined) return []
  const out: string[] = []
  for (const block of xml.split('<types>').slice(1)) {
    const name = /<name>([^<]*)<\/name>/.exec(block)?.[1] ?? ''
    const members = [...block.matchAll(/<members>([^<]*)<\/members>/g)].map((m) => m[1])
    out.push(`${name}: ${members.join(', ')}`)
  }
  return out
}

/** A built delta's file as text. */
export function text(build: DeltaBuild, file: string): string | undefined {
  const bytes = build.built.files.get(file)
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes)
}
