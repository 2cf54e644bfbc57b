import { recordCancellationSignals, run } from './main.ts'

recordCancellationSignals()
await run()
