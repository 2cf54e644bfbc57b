import { ACTION_INPUTS } from './action-inputs.ts'
import { CREDENTIAL_VARIABLES } from './credentials-env.ts'
import { ENGINE_MODES, INPUT_FLAGS } from './engine-args.ts'

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs)$/

/** Where each sentence of `text` ends (the index of its period). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = []
  for (const m of text.matchAll(/\.(?=\s|$)/g))
    if (!ABBREVIATION.test(text.slice(0, m.index))) ends.push(m.index)
  return ends
}

/**
 * The first sentence of an input's description, for one line of help; a very short one ("All or
 * nothing.") takes the next sentence with it, since alone it would not say what the flag does.
 */
export function helpSentence(text: string): string {
  for (const end of sentenceEnds(text)) if (end + 1 >= 40) return text.slice(0, end + 1)
  return text
}

const flagLines = INPUT_FLAGS.map((name) => {
  const input = ACTION_INPUTS.find((i) => i.name === name)
  return `  --${name.padEnd(28)} ${helpSentence(input?.description ?? '')}`
})

/** Help for the modes that run the action's engine; the flags are the action's inputs. */
export const ENGINE_USAGE = `Usage: node dist/cli.js <${ENGINE_MODES.join('|')}> [--<input> <value>]... [--json]

Runs the action's mode against an org from the terminal. Every input of action.yml is a flag
(repeat a flag for a list; --<flag> alone or --no-<flag> for true/false inputs). Artifacts, check
runs, PR comments and validation records are off unless turned on by their flag.
Credentials may come from the environment: ${CREDENTIAL_VARIABLES.join(', ')}.
  --json                         print one JSON document shaped like deploy-result.json
  --cancel-on-interrupt          on Ctrl-C, cancel the deploy in the org without asking
${flagLines.join('\n')}
Exit codes: 0 success, 1 org failure, 2 bad input, 3 wait limit passed with the deploy still
running, 130 interrupted.`
