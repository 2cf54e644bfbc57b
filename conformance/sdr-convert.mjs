// Converts an SFDX project with the reference converter (SDR) into a metadata-format folder.
// Usage: node sdr-convert.mjs <projectDir> <outDir> [sourcePath ...]
// Runs with cwd = projectDir so that SDR finds sfdx-project.json (replacements) the way the CLI does.
import path from 'node:path'
import fs from 'node:fs'
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve'

const [projectDir, outDir, ...paths] = process.argv.slice(2)
if (!projectDir || !outDir) {
  console.error('usage: node sdr-convert.mjs <projectDir> <outDir> [sourcePath ...]')
  process.exit(2)
}
const project = JSON.parse(fs.readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8'))
const fsPaths = (paths.length > 0 ? paths : project.packageDirectories.map((d) => d.path)).map(
  (p) => path.resolve(projectDir, p)
)
process.chdir(projectDir)
process.env.SF_APPLY_REPLACEMENTS_ON_CONVERT = 'true'
const started = performance.now()
const cs = ComponentSet.fromSource({ fsPaths: [...new Set(fsPaths)] })
if (project.sourceApiVersion) cs.sourceApiVersion = project.sourceApiVersion
fs.rmSync(outDir, { recursive: true, force: true })
await new MetadataConverter().convert(cs, 'metadata', {
  type: 'directory',
  outputDirectory: outDir,
  genUniqueDir: false
})
fs.writeFileSync(path.join(outDir, 'package.xml'), await cs.getPackageXml())
const ms = performance.now() - started
process.stdout.write(JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024 }) + '\n')
