// Bundles the action's entry points into dist/ as ESM for node24 (house style §9).
import { build } from 'esbuild'
import { existsSync, rmSync } from 'node:fs'

const ENTRY_POINTS = [
  { in: 'src/index.ts', out: 'index' },
  { in: 'src/post.ts', out: 'post' },
  { in: 'src/cli.ts', out: 'cli' }
].filter((entry) => existsSync(entry.in))

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: ENTRY_POINTS,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // CommonJS dependencies (undici, jszip) call require() for node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  },
  legalComments: 'external',
  sourcemap: false,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning'
})
