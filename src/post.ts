import { runPost } from './post-main.ts'

await runPost()
