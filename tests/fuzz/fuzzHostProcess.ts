/** Why: the fuzz test attacks the web host in its own process, so a crash shows as a dead process rather than a test-runner error. */
import { createNodeApi } from '../../node/createNodeApi.js';
import { startWebHost } from '../../node/web/webHost.js';

// Arguments: <bundle.json written by writeLibrary> <data folder> <renderer folder>
const [bundleFile, dataDir, rendererDir] = process.argv.slice(2);
const { api } = await createNodeApi({ dataDir: dataDir!, bundleFile: bundleFile! });
const host = await startWebHost({ api, rendererDir: rendererDir! });
process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port, cookieName: host.cookieName })}\n`);
