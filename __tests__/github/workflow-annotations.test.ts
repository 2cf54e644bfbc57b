import * as core from '@actions/core'
import { describe, expect, it } from 'vitest'
import {
  emitWorkflowAnnotations,
  type AnnotationCommands
} from '../../src/action/github/workflow-annotations.ts'
import type { Annotation } from '../../src/report/annotations.ts'
import { workflowCommands } from '../support/workflow-commands.ts'

function recorder(): AnnotationCommands & { calls: [string, string, unknown][] } {
  const calls: [string, string, unknown][] = []
  return {
    calls,
    error: (m, p) => calls.push(['error', m, p]),
    warning: (m, p) => calls.push(['warning', m, p]),
    notice: (m, p) => calls.push(['notice', m, p])
  }
}

const failures: Annotation[] = Array.from({ length: 25 }, (_, i) => ({
  level: 'failure',
  path: `force-app/C${i}.cls`,
  startLine: i + 1,
  endLine: i + 1,
  startColumn: 2,
  title: `ApexClass C${i}`,
  message: `bad ${i}`
}))
const warnings: Annotation[] = Array.from({ length: 4 }, (_, i) => ({
  level: 'warning',
  path: `force-app/W${i}.cls`,
  startLine: 3,
  title: `Coverage W${i}`,
  message: 'low'
}))

describe('emitWorkflowAnnotations', () => {
  it('keeps 9 per level plus one closing annotation, most important first', () => {
    const r = recorder()
    expect(emitWorkflowAnnotations([...failures, ...warnings], r)).toBe(14)
    const errors = r.calls.filter(([level]) => level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[0]).toEqual([
      'error',
      'bad 0',
      {
        title: 'ApexClass C0',
        file: 'force-app/C0.cls',
        startLine: 1,
        endLine: 1,
        startColumn: 2,
        endColumn: 2
      }
    ])
    expect(errors[9]).toEqual([
      'error',
      '16 more errors are not shown as annotations; see the job summary.',
      { title: '16 more errors' }
    ])
    expect(r.calls.filter(([level]) => level === 'warning')).toHaveLength(4)
  })

  it('writes escaped workflow commands through @actions/core', () => {
    const before = workflowCommands.length
    emitWorkflowAnnotations(
      [
        {
          level: 'failure',
          path: 'force-app/main/default/classes/A,B.cls',
          startLine: 4,
          endLine: 4,
          startColumn: 5,
          title: 'ApexClass A: B',
          message: "Missing ';' at '}'\n100% sure"
        }
      ],
      core
    )
    expect(workflowCommands.slice(before)).toEqual([
      "::error title=ApexClass A%3A B,file=force-app/main/default/classes/A%2CB.cls,line=4,endLine=4,col=5,endColumn=5::Missing ';' at '}'%0A100%25 sure"
    ])
  })
})
