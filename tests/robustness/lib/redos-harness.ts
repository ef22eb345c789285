// Runs ReDoS probes (redos-probe.ts) in a worker thread with a hard time limit. Synchronous matching
// cannot be interrupted by a test timeout, so a catastrophic pattern run in the test's own thread
// hangs the run; here the worker is terminated instead, the probe reports `timedOut`, and the next
// probe gets a fresh worker.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Probe, Worst } from './redos-probe.js';

/** How long one probe (one pattern over all its inputs) may take before its worker is stopped. */
export const HARD_LIMIT_MS = 10_000;

const root = path.resolve(import.meta.dirname, '../../..');
const WORKER = path.join(import.meta.dirname, 'redos-worker.mjs');
const PROBE_MODULE = path.join(import.meta.dirname, 'redos-probe.ts');

export interface RedosHarness {
  /** The probe's worst case, or `{ ms: Infinity, timedOut: true }` when it overran `limitMs`. */
  worstCase(probe: Probe, limitMs?: number): Promise<Worst>;
  close(): Promise<void>;
}

interface Answer {
  readonly id?: number;
  readonly ready?: true;
  readonly worst?: Worst;
  readonly error?: string;
}

export function startRedosHarness(): RedosHarness {
  let worker: Promise<Worker> | undefined;
  let nextId = 0;

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const started = new Worker(WORKER, { workerData: { root, probeModule: PROBE_MODULE } });
      started.once('message', () => resolve(started));
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`the ReDoS worker exited with ${code} before it was ready`)));
    });

  const ask = (current: Worker, probe: Probe, limitMs: number) =>
    new Promise<Worst>((resolve, reject) => {
      const id = nextId++;
      const done = () => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
      };
      const timer = setTimeout(() => {
        done();
        worker = undefined;
        void current.terminate();
        resolve({ ms: Number.POSITIVE_INFINITY, input: `no answer within ${limitMs} ms: stopped`, timedOut: true });
      }, limitMs);
      const onMessage = (answer: Answer) => {
        if (answer.id !== id) return;
        done();
        if (answer.error !== undefined) reject(new Error(answer.error));
        else resolve(answer.worst!);
      };
      const onError = (error: Error) => {
        done();
        worker = undefined;
        reject(error);
      };
      current.on('message', onMessage);
      current.on('error', onError);
      current.postMessage({ id, probe });
    });

  return {
    async worstCase(probe, limitMs = HARD_LIMIT_MS) {
      worker ??= start();
      return ask(await worker, probe, limitMs);
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current) await (await current).terminate();
    },
  };
}
