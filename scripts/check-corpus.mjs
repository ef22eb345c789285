#!/usr/bin/env node
// npm run check:corpus — runs every rule of the built plugin (every option on) over every
// .js/.mjs/.cjs/.ts file of the installed packages, with espree and with the TypeScript parser, and
// fails when a rule throws. Inputs that do not parse are counted apart: they are not the plugin's fault.
//
//   node scripts/check-corpus.mjs [--jobs N] [--limit N] [--max-kb N] [--root DIR]
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Linter } from 'eslint';
import { checkText, evenSample, listCodeFiles, summarize } from '../tests/robustness/lib/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (isMainThread) await main();
else await work(workerData);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const all = listCodeFiles(options.root).filter((file) => options.maxBytes === undefined || fs.statSync(file).size <= options.maxBytes);
  const files = options.limit === undefined ? all : evenSample(all, options.limit);
  const started = performance.now();
  console.log(`check:corpus: ${files.length} files under ${path.relative(root, options.root) || '.'}, ${options.jobs} worker(s), every rule with every option, espree + TypeScript parser`);
  const chunks = Array.from({ length: options.jobs }, (_, job) => files.filter((_, index) => index % options.jobs === job));
  const results = (await Promise.all(chunks.map((chunk) => runWorker(chunk)))).flat();
  const summary = summarize(results);
  report(summary, (performance.now() - started) / 1000);
  process.exitCode = summary.exceptions.length > 0 ? 1 : 0;
}

function parseArgs(argv) {
  const options = { jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), root: path.join(root, 'node_modules') };
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index].split('=');
    const value = () => inline ?? argv[++index];
    if (name === '--jobs') options.jobs = positive(name, value());
    else if (name === '--limit') options.limit = positive(name, value());
    else if (name === '--max-kb') options.maxBytes = positive(name, value()) * 1000;
    else if (name === '--root') options.root = path.resolve(value());
    else {
      console.error(`unknown option ${argv[index]}; options: --jobs N, --limit N, --max-kb N, --root DIR`);
      process.exit(2);
    }
  }
  return options;
}

function positive(name, text) {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} needs a positive integer, got ${text}`);
  return number;
}

function runWorker(files) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { files } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function report(summary, seconds) {
  console.log(
    `${summary.files} files, ${summary.runs} parser runs in ${seconds.toFixed(0)} s: ${summary.ok} linted, ` +
      `${summary.parseErrors} inputs that do not parse (not counted), ${summary.exceptions.length} rule exception(s)`,
  );
  for (const failure of summary.exceptions) {
    console.log(`\nRULE EXCEPTION ${failure.rule ?? '(rule unknown)'} in ${path.relative(root, failure.file)} [${failure.parser}, ${failure.kind}]\n${failure.stack}`);
  }
  console.log(summary.exceptions.length === 0 ? 'check:corpus: OK, no rule threw' : 'check:corpus: FAILED');
}

/** Worker thread: lints its share of the files and posts `{ file, outcomes }[]` back. */
async function work({ files }) {
  const plugin = (await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href)).default;
  const linter = new Linter({ configType: 'flat' });
  const results = files.map((file) => ({ file, outcomes: checkText(linter, plugin, fs.readFileSync(file, 'utf8'), file) }));
  parentPort.postMessage(results);
}
