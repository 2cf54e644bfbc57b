// Rebuilds dist/ and fails when it differs from the committed bundle, so dist/ is never stale.
import { execFileSync } from 'node:child_process'

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' })
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (status.trim() !== '') {
  console.error('dist/ differs from the committed bundle after a rebuild:\n' + status)
  console.error('Run `npm run build` and commit dist/.')
  process.exit(1)
}
console.log('dist/ is up to date.')
