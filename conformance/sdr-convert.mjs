// Converts an SFDX project with the reference converter (SDR) into a metadata-format folder.
// Usage: node sdr-convert.mjs <projectDir> <outDir> [sourcePath ...]
// Runs with cwd = projectDir so that SDR finds sfdx-project.json (replacements) the way the CLI does.
import path from 'node:path'
import fs from 'node:fs'
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve'

// With SDR_ZIP=1 the output is the deploy zip (written to outDir as a file), as the CLI deploys it.
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
let zipBytes
if (process.env.SDR_ZIP === '1') {
  const result = await new MetadataConverter().convert(cs, 'metadata', { type: 'zip' })
  fs.writeFileSync(outDir, result.zipBuffer)
  zipBytes = result.zipBuffer.length
} else {
  await new MetadataConverter().convert(cs, 'metadata', {
    type: 'directory',
    outputDirectory: outDir,
    genUniqueDir: false
  })
  fs.writeFileSync(path.join(outDir, 'package.xml'), await cs.getPackageXml())
}
const ms = performance.now() - started
process.stdout.write(
  JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024, zipBytes }) + '\n'
)
