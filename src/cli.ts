#!/usr/bin/env node
/* eslint-disable no-console -- the local CLI's only job is to print */
import { createInterface } from 'node:readline'
import { runCli } from './cli/run-cli.ts'
import { isYes } from './cli/interrupt.ts'
import { EXIT } from './cli/exit-code.ts'
import { escapeLogText } from './shared/log-escape.ts'

// The engine's own stdout is captured while it runs: the CLI prints through the stream's
// original write, so its lines are not captured in turn.
const stdoutWrite = process.stdout.write.bind(process.stdout)

// Ctrl-C: while an engine mode runs, what it registered (ask whether to cancel the deploy in
// the org); otherwise, or at a second Ctrl-C, end at once with 130.
let onInterrupt: (() => Promise<number>) | undefined
let interrupting = false
process.on('SIGINT', () => {
  if (interrupting || !onInterrupt) {
    console.error('Interrupted.')
    process.exit(EXIT.interrupted)
  }
  interrupting = true
  void onInterrupt().then((code) => process.exit(code))
})

/** A yes/no question on the terminal; a second Ctrl-C at the question answers no. */
function ask(question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr })
    rl.on('SIGINT', () => {
      rl.close()
      resolve(false)
    })
    rl.question(question, (answer) => {
      rl.close()
      resolve(isYes(answer))
    })
  })
}

// Run inside a workflow step, this output is read by the runner too: no line may be a command.
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => stdoutWrite(`${escapeLogText(line)}\n`),
  err: (line) => console.error(escapeLogText(line)),
  env: process.env,
  isTty: process.stdout.isTTY === true,
  write: (chunk) => stdoutWrite(chunk),
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  onInterrupt: (handler) => {
    onInterrupt = handler
  },
  ...(process.stdin.isTTY ? { ask } : {})
})
