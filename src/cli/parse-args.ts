import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { flagError, flagProblems } from './flag-problems.ts'
import { ENGINE_USAGE } from './engine-usage.ts'

/** Parsed `build` command. */
export interface BuildCommand {
  command: 'build'
  project: string
  sourceDirs: string[]
  manifest?: string
  preDestructive?: string
  postDestructive?: string
  apiVersion?: string
  metadataDir?: string
  out?: string
  zip?: string
  ignoreUnknown: boolean
  /** Delta from git: only what changed since this commit-ish (and up to deltaTo, default HEAD). */
  deltaFrom?: string
  deltaTo?: string
}

/** `--help`, `-h` or `help`: print the usage and exit 0. */
export interface HelpCommand {
  command: 'help'
}

/** Usage text of the local CLI. */
export const USAGE = `Usage: node dist/cli.js build --project <dir> [--source-dir <path>]... [--manifest <file>]
                          [--pre-destructive <file>] [--post-destructive <file>] [--api-version <v>]
                          [--metadata-dir <dir>] [--ignore-unknown] [--delta-from <ref> [--delta-to <ref>]]
                          --out <dir> [--zip <file>]

Builds the Metadata API deploy package of an SFDX project, as the action does.
  --project           folder holding sfdx-project.json (default: .)
  --source-dir        path inside a package directory, relative to the project (repeatable; default: all)
  --manifest          package.xml to deploy exactly, taking files from the source dirs
  --pre-destructive   destructiveChangesPre.xml to include
  --post-destructive  destructiveChangesPost.xml to include
  --api-version       package.xml <version> (default: sourceApiVersion)
  --metadata-dir      pass a metadata-format folder through instead of converting source
  --ignore-unknown    warn about files that match no metadata type instead of failing
  --delta-from        build only what changed in git since this commit, tag or branch; deletions go to
                      destructiveChangesPost.xml beside package.xml
  --delta-to          the commit the delta ends at (default HEAD, the working tree)
  --out               write the metadata-format tree (package.xml at its root) here
  --zip               write the deploy zip here
  -h, --help          print this help (also: node dist/cli.js help)
At least one of --out and --zip is required.

${ENGINE_USAGE}`

/**
 * True when the user asks for help at any level (`help`, `--help`, `-h`, `build --help`). Checked
 * before the strict parse, so a request for help is answered even beside a wrong option; an
 * argument after `--` is a value, never a request for help.
 */
function asksForHelp(argv: string[]): boolean {
  const end = argv.indexOf('--')
  const options = end === -1 ? argv : argv.slice(0, end)
  return argv[0] === 'help' || options.some((arg) => arg === '--help' || arg === '-h')
}

/** The build command's flags (the engine modes' flags are the action's inputs). */
const BUILD_OPTIONS = {
  project: { type: 'string', default: '.' },
  'source-dir': { type: 'string', multiple: true, default: [] as string[] },
  manifest: { type: 'string' },
  'pre-destructive': { type: 'string' },
  'post-destructive': { type: 'string' },
  'api-version': { type: 'string' },
  'metadata-dir': { type: 'string' },
  out: { type: 'string' },
  zip: { type: 'string' },
  'ignore-unknown': { type: 'boolean', default: false },
  'delta-from': { type: 'string' },
  'delta-to': { type: 'string' }
} satisfies ParseArgsOptionsConfig

const BUILD_FLAGS = {
  valued: flagsOfType('string'),
  switches: flagsOfType('boolean')
}

function flagsOfType(type: 'string' | 'boolean'): string[] {
  return Object.entries(BUILD_OPTIONS as ParseArgsOptionsConfig)
    .filter(([, option]) => option.type === type)
    .map(([name]) => name)
}

/** Parses argv (without node and script); throws an Error with the usage on bad input. */
export function parseCliArgs(argv: string[]): BuildCommand | HelpCommand {
  if (asksForHelp(argv)) return { command: 'help' }
  const wrong = flagError(flagProblems(argv, BUILD_FLAGS))
  if (wrong !== undefined) throw new Error(`${wrong}\n\n${USAGE}`)
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: BUILD_OPTIONS
  })
  if (positionals[0] !== 'build' || positionals.length !== 1)
    throw new Error(`Expected the command "build".\n\n${USAGE}`)
  if (values.out === undefined && values.zip === undefined)
    throw new Error(`Give --out and/or --zip.\n\n${USAGE}`)
  if (values['delta-to'] !== undefined && values['delta-from'] === undefined)
    throw new Error(`--delta-to needs --delta-from.\n\n${USAGE}`)
  if (
    values['delta-from'] !== undefined &&
    (values.manifest ?? values['metadata-dir']) !== undefined
  )
    throw new Error(
      `--delta-from cannot be combined with --manifest or --metadata-dir.\n\n${USAGE}`
    )
  const cmd: BuildCommand = {
    command: 'build',
    project: values.project,
    sourceDirs: values['source-dir'],
    ignoreUnknown: values['ignore-unknown']
  }
  const optional = {
    manifest: values.manifest,
    preDestructive: values['pre-destructive'],
    postDestructive: values['post-destructive'],
    apiVersion: values['api-version'],
    metadataDir: values['metadata-dir'],
    out: values.out,
    zip: values.zip,
    deltaFrom: values['delta-from'],
    deltaTo: values['delta-to']
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(cmd, { [key]: value })
  }
  return cmd
}
