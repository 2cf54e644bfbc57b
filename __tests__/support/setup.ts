import { MockAgent, setGlobalDispatcher } from 'undici'
import { captureWorkflowCommands, clearCapturedOutput } from './workflow-commands.ts'

// No test reaches the network: only loopback hosts pass (the org simulator, fake GitHub API).
const agent = new MockAgent()
agent.disableNetConnect()
agent.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/)
setGlobalDispatcher(agent)

// The action's log and workflow commands (::error::, ::add-mask::, ...) are kept for assertions, not printed.
captureWorkflowCommands()
clearCapturedOutput()
