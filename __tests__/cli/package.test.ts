import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/repo-root.ts'

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  private?: boolean
  bin?: Record<string, string>
  files?: string[]
  dependencies?: Record<string, string>
  scripts?: Record<string, string>
}

describe('the package, published on its own', () => {
  it('is publishable, and ships the bundle its bin runs', () => {
    expect(pkg.private).toBeUndefined()
    const bins = Object.values(pkg.bin ?? {})
    expect(bins).toEqual(['dist/cli.js'])
    // The bin imports chunks of the same bundle, so the whole of dist/ is shipped.
    expect(pkg.files).toEqual(['dist/'])
    expect(pkg.scripts?.prepack).toBe('npm run build')
  })

  it('installs nothing at run time: every dependency is in the bundle', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('the bin entry starts with a shebang, so npx can run it', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'src', 'cli.ts'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/
    )
  })
})
