import { ACTION_INPUTS } from './action-inputs.ts'
import { CREDENTIAL_VARIABLES } from './credentials-env.ts'
import { ENGINE_MODES, INPUT_FLAGS } from './engine-args.ts'

/** The first sentence of an input's description, for one line of help. */
function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/)
  return end === -1 ? text : text.slice(0, end + 1)
}

const flagLines = INPUT_FLAGS.map((name) => {
  const input = ACTION_INPUTS.find((i) => i.name === name)
  return `  --${name.padEnd(28)} ${firstSentence(input?.description ?? '')}`
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
