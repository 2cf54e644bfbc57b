// Child process of the build benchmark: builds and zips one project with our engine, prints JSON.
import { zipPackage } from '../src/source/zip.ts'
import { buildAndReport } from './build-child.ts'

// The zip writer the action ships; bench/build-ours-jszip.ts is the same build zipped with jszip.
await buildAndReport((built) => zipPackage(built.files))
