#!/usr/bin/env node
/* eslint-disable no-console -- the local CLI's only job is to print */
import { runCli } from './cli/run-cli.ts'
import { EXIT } from './cli/exit-code.ts'
import { escapeLogText } from './shared/log-escape.ts'

// Ctrl-C ends the CLI with 130; a deploy already submitted keeps running in the org.
process.once('SIGINT', () => {
  console.error(
    'Interrupted. A deploy already submitted keeps running: cancel it with `cancel --deploy-id <id>`.'
  )
  process.exit(EXIT.interrupted)
})

// Run inside a workflow step, this output is read by the runner too: no line may be a command.
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(escapeLogText(line)),
  err: (line) => console.error(escapeLogText(line)),
  env: process.env,
  isTty: process.stdout.isTTY === true
})
