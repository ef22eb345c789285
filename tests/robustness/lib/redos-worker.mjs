// The ReDoS harness's worker thread (redos-harness.ts starts it): loads redos-probe.ts through Vite's
// module runner (it imports src as TypeScript), then answers each probe message with its worst case.
// Matching cannot be interrupted inside a thread; the harness terminates this one when it overruns.
import { parentPort, workerData } from 'node:worker_threads';
import { createServer, createServerModuleRunner } from 'vite';

const server = await createServer({
  root: workerData.root,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
const { runProbe } = await runner.import(workerData.probeModule);

parentPort.on('message', ({ id, probe }) => {
  try {
    parentPort.postMessage({ id, worst: runProbe(probe) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort.postMessage({ ready: true });
