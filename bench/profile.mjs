#!/usr/bin/env node
// Where the plugin's time goes: a V8 CPU profile of linting one corpus with the plugin's rules (the
// same files and configuration as `bench/run.mjs`), summarized as the functions with the most self
// time, and the plugin's functions (and ESLint's work on its behalf) with the most inclusive time.
//
//   node bench/profile.mjs [--corpus real|meta] [--passes 3] [--files 1000] [--top 30] [--configs p]
//                          [--save out.cpuprofile] [--plugin dist/index.js]
//
// Run `npm run build` first. The profile covers only the timed passes (after one warm-up pass).
// `--configs e` profiles the empty-rule configuration instead, for comparison.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIGS, createESLint, virtualPath } from './lib/configs.mjs';
import { exampleFiles, selectRealCorpus } from './lib/corpus.mjs';
import { metaHeavyFiles } from './lib/generate.mjs';
import { loadPlugin } from './lib/plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'real' },
    passes: { type: 'string', default: '3' },
    files: { type: 'string', default: '1000' },
    top: { type: 'string', default: '30' },
    configs: { type: 'string', default: 'p' },
    save: { type: 'string' },
    plugin: { type: 'string', default: path.join(root, 'dist', 'index.js') },
  },
});
const pluginEntry = path.resolve(values.plugin);
const pluginDir = `file://${path.dirname(pluginEntry)}/`;
const plugin = await loadPlugin(pluginEntry);
const config = CONFIGS.find((entry) => entry.short === values.configs || entry.id === values.configs);
const eslint = createESLint(config.id, plugin, root);

const files =
  values.corpus === 'real'
    ? selectRealCorpus({ cwd: root, target: Number(values.files), largeCap: 0, codeFile: /\.js$/ }).files.map((file) => ({ ...file, text: fs.readFileSync(file.abs, 'utf8') }))
    : [
        ...metaHeavyFiles({ js: 120, ts: 60 }).map((file) => ({ ...file, virtual: virtualPath(root, file.kind, file.rel) })),
        ...exampleFiles(root).map((file) => ({ ...file, text: fs.readFileSync(file.abs, 'utf8') })),
      ];

const lintAll = async () => {
  for (const file of files) await eslint.lintText(file.text, { filePath: file.virtual });
};
await lintAll();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const started = performance.now();
for (let pass = 0; pass < Number(values.passes); pass++) await lintAll();
const elapsed = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (values.save) fs.writeFileSync(values.save, JSON.stringify(profile));

// ---------------------------------------------------------------- summary
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const samplesOf = new Map();
for (const id of profile.samples) samplesOf.set(id, (samplesOf.get(id) ?? 0) + 1);
const total = profile.samples.length;

const isPlugin = (frame) => frame.url.startsWith(pluginDir);
const shortUrl = (url) => (url.startsWith(pluginDir) ? `plugin:${url.slice(pluginDir.length)}` : url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, '').replace(`${root}/`, ''));
const labelOf = (frame) => `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;

const self = new Map();
const inclusive = new Map();
let pluginSamples = 0;
for (const [id, count] of samplesOf) {
  const leaf = byId.get(id);
  const label = labelOf(leaf.callFrame);
  self.set(label, (self.get(label) ?? 0) + count);
  // Inclusive: each function once per sample, however deep its recursion.
  const seen = new Set();
  let inPlugin = false;
  for (let current = id; current !== undefined; current = parentOf.get(current)) {
    const frame = byId.get(current).callFrame;
    if (isPlugin(frame)) inPlugin = true;
    const name = labelOf(frame);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + count);
  }
  if (inPlugin) pluginSamples += count;
}
const pct = (count) => `${((count / total) * 100).toFixed(1).padStart(5)} %`;
const top = Number(values.top);
console.log(`${values.corpus} corpus, ${files.length} files, ${values.passes} passes, configuration (${config.short}) ${config.label}: ${(elapsed / 1000).toFixed(1)} s, ${total} samples`);
console.log(`samples with a plugin function on the stack: ${pct(pluginSamples)}`);
console.log(`\ntop ${top} by self time:`);
for (const [label, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(count)}  ${label}`);
console.log(`\ntop ${top} plugin functions by inclusive time:`);
for (const [label, count] of [...inclusive].filter(([label]) => label.includes('plugin:')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(count)}  ${label}`);
