/**
 * Hostile input from the org and the repository: texts that try to run workflow commands, files
 * that lead outside the project, replacements that read secrets, forged validation records and
 * tokens echoed back by the org. Each scenario drives the real run() against the simulator.
 */
import { createArtifactUploader } from '../../src/action/github/artifact-uploader.ts'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect } from 'vitest'
import {
  startGitHubSimulator,
  type GitHubSimulator,
  type RunOptions
} from '../../github-simulator/index.ts'
import type { Route, Simulator } from '../../simulator/index.ts'
import {
  createArtifactRecordUploader,
  type RecordUploader
} from '../../src/validation-record/artifact-store.ts'
import { recordArtifactName } from '../../src/validation-record/record.ts'
import {
  copyDemoProject,
  decodeCommand,
  passingProject,
  runAction,
  startSim,
  type ActionRun
} from '../integration/harness.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { expectInvariants, expectNoSecrets, scenario } from './kit.ts'
import { echoInProblems, echoToken } from './org-echo.ts'

/** A class the simulator refuses to compile (a missing semicolon), so the org reports a problem. */
const BROKEN_CLASS = {
  'force-app/main/default/classes/InvoiceService.cls':
    'public class InvoiceService {\n    Integer x = 1\n}\n'
}

/**
 * Log lines the runner would run as commands that the action did not issue: a line that starts
 * with `::` (after white space) other than core's annotations, debug lines, groups and masks of
 * secrets, or a plain line that holds `##[`. (In core's own commands the data is encoded, so an
 * org text inside one cannot start a line.)
 */
function injectedCommands(log: string, injectedMask: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => {
    const text = line.trimStart()
    if (!text.startsWith('::')) return line.includes('##[')
    if (text.startsWith(`::add-mask::${injectedMask}`)) return true
    return !/^::(error|warning|notice|debug|group|endgroup|add-mask)( |::)/.test(text)
  })
}

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

/** A folder outside every workspace, holding a file that must never be read. */
function outsideFolder(): { dir: string; file: string; secret: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-outside-'))
  const secret = 'OUTSIDE-THE-PROJECT-8c1f2'
  const file = path.join(dir, 'Leak.cls')
  writeFileSync(file, `public class Leak { String s = '${secret}'; }\n`)
  writeFileSync(path.join(dir, 'Leak.cls-meta.xml'), CLASS_META)
  return { dir, file, secret }
}

/** Every text the org received in deploys and retrieves. */
function sentToOrg(sim: Simulator): string {
  return sim.deploys
    .flatMap((d) => [...d.files.values()].map((b) => b.toString('latin1')))
    .join('\n')
}

/** The demo project's sfdx-project.json with `replacements`, and a class holding `// TOTAL`. */
function withReplacements(replacements: Record<string, unknown>[]): Record<string, string> {
  const service = 'examples/demo-project/force-app/main/default/classes/InvoiceService.cls'
  return {
    'force-app/main/default/classes/InvoiceService.cls': `${readFileSync(path.join(REPO_ROOT, service), 'utf8')}// TOTAL\n`,
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '62.0',
      replacements
    })
  }
}

/**
 * The log as the runner shows it: each `::add-mask::` value is hidden in the lines after it. (The
 * step's own failure line may quote the org; the runner hides the secrets the action masked.)
 */
function maskedAsTheRunnerShows(log: string): string {
  const masks: string[] = []
  return log
    .split('\n')
    .map((line) => {
      if (line.startsWith('::add-mask::')) {
        masks.push(decodeCommand(line.slice('::add-mask::'.length)))
        return line
      }
      return masks.reduce((text, mask) => text.replaceAll(mask, '***'), line)
    })
    .join('\n')
}

describe('hostile input', () => {
  let sim: Simulator | undefined
  let gh: GitHubSimulator | undefined
  afterEach(async () => {
    await sim?.close()
    await gh?.close()
    sim = undefined
    gh = undefined
  })

  scenario('S06', 'org texts that hold workflow commands are logged as plain text', async () => {
    const hostile = [
      'x',
      '::set-output name=success::true',
      '  ::add-mask::InvoiceService',
      '::stop-commands::resume',
      'y ##[set-output name=success;]true',
      '\r::warning::forged'
    ].join('\n')
    sim = await startSim({ routes: [echoInProblems(hostile)] })
    const run = await runAction(
      sim,
      { api: 'rest', 'test-level': 'RunLocalTests' },
      { workspace: passingProject(BROKEN_CLASS) }
    )
    expectInvariants(run, sim, { orgFailed: true })
    // The org text reached the log, but none of its lines can act as a command.
    expect(run.log).toContain('set-output name=success::true')
    expect(injectedCommands(run.log, 'InvoiceService')).toEqual([])
    // A bare carriage return ends a runner line too: the forged warning must not start one.
    expect(run.log.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::warning::forged'))).toEqual([])
    expect(run.outputs.success).toBe('false')
  })

  scenario(
    'S07',
    'a token the org echoes reaches no summary, report file, artifact, check run or PR comment',
    async () => {
      gh = await startGitHubSimulator()
      const github = gh
      const pr = github.openPullRequest()
      let ghRun = github.startRun({ event: 'pull_request', pullRequest: pr })
      const echo = echoToken(() => `${ghRun.token} ${ghRun.runtimeToken}`)
      sim = await startSim({ routes: [echo.route] })
      // A compile error (a component problem), then a failing test (a test failure message).
      for (const workspace of [passingProject(BROKEN_CLASS), copyDemoProject()]) {
        ghRun = github.startRun({ event: 'pull_request', pullRequest: pr })
        const run = await runAction(
          sim,
          {
            'auth-url': sim.authUrl,
            api: 'rest',
            'test-level': 'RunLocalTests',
            'delta-from': 'none',
            'github-token': ghRun.token,
            'upload-artifact': 'true',
            'check-run': 'true',
            'pr-comment': 'true'
          },
          { workspace, env: ghRun.env }
        )
        ghRun.complete('failure')
        expect(run.failed).toBe(true)
        const secrets = [...echo.echoed, ghRun.token, ghRun.runtimeToken]
        expect(echo.echoed.size).toBeGreaterThan(0)
        expectNoSecrets({ ...run, log: maskedAsTheRunnerShows(run.log) }, sim, secrets)
        // The failure line and the outputs are redacted before they are written, masks or not.
        const failure = run.commands.filter((c) => c.startsWith('::error::')).join('\n')
        const outputs = JSON.stringify(run.outputs)
        for (const secret of echo.echoed) {
          expect(failure.includes(secret)).toBe(false)
          expect(outputs.includes(secret)).toBe(false)
        }
        const published = [
          JSON.stringify(github.checkRuns()),
          JSON.stringify(github.comments(pr)),
          ...(await Promise.all(
            github.artifacts().map(async (a) => JSON.stringify([...(await a.files()).values()]))
          ))
        ].join('\n')
        expect(published).toContain('is not valid here')
        for (const secret of secrets) expect(published.includes(secret)).toBe(false)
      }
    }
  )

  scenario('S08', 'a JWT assertion the token endpoint echoes is masked and redacted', async () => {
    const assertions: string[] = []
    const echoAssertion: Route = {
      name: 'token endpoint echoing the assertion',
      methods: ['POST'],
      path: /^\/services\/oauth2\/token$/,
      transport: 'oauth',
      operation: () => 'token',
      handle(req) {
        const assertion = new URLSearchParams(req.body.toString('utf8')).get('assertion') ?? ''
        assertions.push(assertion)
        return {
          status: 400,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            error: 'invalid_grant',
            error_description: `user hasn't approved this consumer (assertion ${assertion})`
          })
        }
      }
    }
    sim = await startSim({ routes: [echoAssertion] })
    const run = await runAction(
      sim,
      {
        'jwt-key': sim.jwt.privateKeyPem,
        'client-id': sim.jwt.clientId,
        username: sim.jwt.username,
        'login-url': sim.baseUrl
      },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(assertions.length).toBeGreaterThan(0)
    expect(run.log).toContain("user hasn't approved this consumer")
    expectNoSecrets({ ...run, log: maskedAsTheRunnerShows(run.log) }, sim, assertions)
    expect(sim.deploys).toHaveLength(0)
  })

  scenario(
    'S09',
    'a source file that links outside the project is refused, naming it, in deploy and retrieve',
    async () => {
      sim = await startSim()
      const outside = outsideFolder()
      const workspace = passingProject({
        'force-app/main/default/classes/Leak.cls-meta.xml': CLASS_META
      })
      symlinkSync(outside.file, path.join(workspace, 'force-app/main/default/classes/Leak.cls'))
      for (const mode of ['deploy', 'retrieve']) {
        const tests: Record<string, string> =
          mode === 'deploy' ? { 'test-level': 'RunLocalTests' } : {}
        const run = await runAction(sim, { mode, ...tests }, { workspace })
        expectInvariants(run, sim, {
          orgFailed: true,
          cause:
            /force-app\/main\/default\/classes\/Leak\.cls is a symbolic link that leads outside the project/
        })
        expect(run.summary + run.log).not.toContain(outside.secret)
      }
      expect(sim.deploys).toHaveLength(0)
      expect(sim.requests.filter((r) => r.operation === 'retrieve')).toHaveLength(0)
    }
  )

  scenario(
    'S10',
    'a package directory that is a link to an outside folder is not walked',
    async () => {
      sim = await startSim()
      const outside = outsideFolder()
      const workspace = passingProject({
        'sfdx-project.json': JSON.stringify({
          packageDirectories: [{ path: 'force-app', default: true }, { path: 'linked' }],
          sourceApiVersion: '62.0'
        })
      })
      symlinkSync(outside.dir, path.join(workspace, 'linked'))
      const run = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace })
      expectInvariants(run, sim, { orgFailed: true, cause: /linked leads outside the project/ })
      expect(sim.deploys).toHaveLength(0)
      expect(sentToOrg(sim)).not.toContain(outside.secret)
    }
  )

  scenario(
    'S11',
    'links into .git and path inputs that lead out through a link are refused before any call',
    async () => {
      sim = await startSim()
      const workspace = passingProject()
      mkdirSync(path.join(workspace, '.git'))
      const config = '[http]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0\n'
      writeFileSync(path.join(workspace, '.git', 'config'), config)
      symlinkSync(
        path.join(workspace, '.git', 'config'),
        path.join(workspace, 'force-app/main/default/classes/Config.cls')
      )
      const intoGit = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace })
      expectInvariants(intoGit, sim, {
        orgFailed: true,
        cause: /classes\/Config\.cls is a symbolic link that leads into \.git/
      })
      const outside = outsideFolder()
      const other = passingProject()
      symlinkSync(outside.dir, path.join(other, 'manifests'))
      const manifest = await runAction(
        sim,
        { manifest: 'manifests/Leak.cls', 'test-level': 'RunLocalTests' },
        { workspace: other }
      )
      expectInvariants(manifest, sim, {
        orgFailed: true,
        cause: /manifest: "manifests\/Leak\.cls" leads outside the project/
      })
      expect(sim.requests).toHaveLength(0)
    }
  )

  scenario(
    'S12',
    "replacements naming the runner's or the action's variables are refused before any call",
    async () => {
      sim = await startSim()
      const target = { glob: '**/InvoiceService.cls', stringToReplace: '// TOTAL' }
      const workspace = passingProject(
        withReplacements([
          { ...target, replaceWithEnv: 'INPUT_AUTH-URL' },
          { ...target, replaceWithEnv: 'ACTIONS_RUNTIME_TOKEN' },
          { ...target, replaceWithEnv: 'GITHUB_TOKEN' }
        ])
      )
      const run = await runAction(
        sim,
        { 'auth-url': sim.authUrl, 'test-level': 'RunLocalTests' },
        {
          workspace,
          env: {
            ACTIONS_RUNTIME_TOKEN: 'runtime-token-of-the-run-4f1a',
            GITHUB_TOKEN: 'github-token-of-the-run-9c2e'
          }
        }
      )
      delete process.env.GITHUB_TOKEN
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: /replacements\[0\]\.replaceWithEnv: INPUT_AUTH-URL is a variable of the runner/,
        fix: /Give the value a variable of its own/,
        secrets: ['runtime-token-of-the-run-4f1a', 'github-token-of-the-run-9c2e']
      })
      expect(run.failure).toContain('replacements[1].replaceWithEnv: ACTIONS_RUNTIME_TOKEN')
      expect(run.failure).toContain('replacements[2].replaceWithEnv: GITHUB_TOKEN')
      expect(sim.requests).toHaveLength(0)
    }
  )

  scenario(
    'S13',
    'a replacement file outside the project, or a value that is a credential, is refused before any call',
    async () => {
      sim = await startSim()
      const target = { glob: '**/InvoiceService.cls', stringToReplace: '// TOTAL' }
      const outside = passingProject(
        withReplacements([{ ...target, replaceWithFile: '../../../../etc/hostname' }])
      )
      const file = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace: outside })
      expectInvariants(file, sim, {
        orgFailed: true,
        cause: /replaceWithFile: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname" is outside the project/
      })
      const credential = passingProject(
        withReplacements([{ ...target, replaceWithEnv: 'SFDA_COPY_OF_THE_TOKEN' }])
      )
      const env = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        { workspace: credential, env: { SFDA_COPY_OF_THE_TOKEN: sim.accessToken } }
      )
      delete process.env.SFDA_COPY_OF_THE_TOKEN
      expectInvariants(env, sim, {
        orgFailed: true,
        cause: /replaceWithEnv: SFDA_COPY_OF_THE_TOKEN holds one of this action's credentials/
      })
      expect(sim.requests).toHaveLength(0)
    }
  )

  /** One workflow run of the action in the GitHub simulator (`gh` must be started). */
  async function ghStep(
    inputs: Record<string, string>,
    workspace: string,
    options: RunOptions = {},
    recordUploader?: RecordUploader
  ): Promise<ActionRun> {
    const github = gh as GitHubSimulator
    const ghRun = github.startRun(options)
    const run = await runAction(
      sim as Simulator,
      { 'github-token': ghRun.token, 'delta-from': 'none', ...inputs },
      { workspace, env: ghRun.env, ...(recordUploader ? { deps: { recordUploader } } : {}) }
    )
    ghRun.complete(run.failed ? 'failure' : 'success')
    return run
  }

  const quickDeploys = (): number =>
    (sim as Simulator).requests.filter((r) => r.operation === 'deployRecentValidation').length

  scenario(
    'S14',
    'a forged validation record naming a validation of another package is disowned by the org',
    async () => {
      sim = await startSim()
      gh = await startGitHubSimulator()
      // The package main would quick-deploy; its content hash is in any quick-deploy log.
      const first = await ghStep({ mode: 'quick-deploy' }, passingProject())
      expect(first.failed).toBe(true)
      const hash = first.outputs['content-hash'] ?? ''
      // Someone who can push a branch validates another package and uploads its record under
      // the name and content hash of main's package, from a run of their own branch.
      const evil = passingProject({
        'force-app/main/default/classes/Evil.cls': 'public class Evil {}\n',
        'force-app/main/default/classes/Evil.cls-meta.xml': CLASS_META
      })
      const real = createArtifactRecordUploader(createArtifactUploader)
      const forging: RecordUploader = {
        upload: (_name, record) =>
          real.upload(recordArtifactName(hash, record.orgId), { ...record, contentHash: hash })
      }
      const forged = await ghStep(
        { mode: 'validate', 'test-level': 'RunLocalTests' },
        evil,
        { branch: 'evil' },
        forging
      )
      expect(forged.failed).toBe(false)
      const q = await ghStep({ mode: 'quick-deploy' }, passingProject())
      expectInvariants(q, sim, {
        orgFailed: true,
        cause: new RegExp(
          `the org's validation ${forged.outputs['validated-id']} is not of this package: it also validated ApexClass Evil, which this package does not hold`
        )
      })
      expect(quickDeploys()).toBe(0)
      expect(sim.org.has('ApexClass', 'Evil')).toBe(false)
    }
  )

  scenario(
    'S15',
    'records from branches or workflows the inputs do not allow are passed over without asking the org',
    async () => {
      sim = await startSim()
      gh = await startGitHubSimulator()
      const workspace = passingProject()
      const validate = { mode: 'validate', 'test-level': 'RunLocalTests' }
      await ghStep(validate, workspace, { branch: 'feature/x' })
      await ghStep(validate, workspace, { workflow: '.github/workflows/mine.yml' })
      const trust = {
        mode: 'quick-deploy',
        'validation-record-branches': 'main',
        'validation-record-workflows': '.github/workflows/deploy.yml'
      }
      const checked = (): number =>
        (sim as Simulator).requests.filter((r) => r.operation === 'checkDeployStatus').length
      const before = checked()
      const refused = await ghStep(trust, workspace)
      expectInvariants(refused, sim, { orgFailed: true })
      expect(refused.failure).toContain(
        'uploaded by a run on branch feature/x; validation-record-branches allows main'
      )
      expect(refused.failure).toContain(
        'uploaded by workflow .github/workflows/mine.yml; validation-record-workflows allows .github/workflows/deploy.yml'
      )
      expect(checked()).toBe(before)
      const main = await ghStep(validate, workspace)
      const used = await ghStep(trust, workspace)
      expectInvariants(used, sim, { orgFailed: false })
      expect(sim.deploys.at(-1)?.validatedDeployRequestId).toBe(main.outputs['validated-id'])
      expect(quickDeploys()).toBe(1)
    }
  )

  scenario(
    'S16',
    'a file name holding a line break and a workflow command is refused, named escaped',
    async () => {
      sim = await startSim()
      const workspace = passingProject()
      const classes = path.join(workspace, 'force-app/main/default/classes')
      writeFileSync(path.join(classes, 'Evil\n::warning::pwned.cls'), 'public class Evil {}\n')
      writeFileSync(path.join(classes, 'Evil\n::warning::pwned.cls-meta.xml'), CLASS_META)
      const run = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace })
      expectInvariants(run, sim, {
        orgFailed: true,
        cause:
          /"force-app\/main\/default\/classes\/Evil\\n::warning::pwned\.cls" has a control character/
      })
      expect(run.log.split(/\r\n|\r|\n/).filter((l) => /^\s*::warning::pwned/.test(l))).toEqual([])
      expect(sim.requests).toHaveLength(0)
    }
  )
})
