/* eslint-disable no-console -- the local CLI's only job is to print */
import { runCli } from './cli/run-cli.ts'
import { escapeLogText } from './shared/log-escape.ts'

// Run inside a workflow step, this output is read by the runner too: no line may be a command.
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(escapeLogText(line)),
  err: (line) => console.error(escapeLogText(line)),
  env: process.env
})
