import { recordCancellationSignals, run } from './action/main.ts'

recordCancellationSignals()
await run()
