/**
 * The regression corpus (issue 12): realistic whole files under `corpus/`, each report the plugin must
 * make annotated on the line it lands on. A report that appears or disappears fails the file's test
 * with a readable diff. Files marked `// corpus: clean` must get no report at all, and every file
 * must reach the analysis with at least one Meta sink (a file that silently stops being analysed
 * would otherwise pass with zero reports), but those marked `// corpus: no-sinks`, where the plugin
 * finds none yet. One ESLint instance lints the whole corpus. The annotation syntax is in README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSESLint } from '@typescript-eslint/utils';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import type { ConfigName } from '../../src/configs.js';
import { getAnalysis } from '../../src/analysis/index.js';

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');
const PREFIX = 'meta-privacy/';
const PRESETS = new Set<ConfigName>(['recommended', 'strict', 'all']);
/**
 * `// expect: rule[, rule]` on the reported line, `// expect-next-line: …` on the line above (also in
 * `{/* … *\/}`); `known-miss` / `known-false` for the plugin's known faults (see README.md).
 */
const ANNOTATION = /\b(expect|known-miss|known-false)(-next-line)?:\s*([\w/@-]+(?:\s*,\s*[\w/@-]+)*)/;
/** `// config: strict, inline-scripts` in the file's leading comments. */
const CONFIG = /^\s*\/\/\s*config:\s*(.+)$/;
const CLEAN = /^\s*\/\/\s*corpus:\s*clean\s*$/;
/** `// corpus: no-sinks — why`: the plugin finds no Meta sink in the file yet (a known fault). */
const NO_SINKS = /^\s*\/\/\s*corpus:\s*no-sinks\b/;

interface CorpusFile {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly configs: readonly ConfigName[];
  readonly clean: boolean;
  /** The plugin finds no Meta sink here yet: every annotation is a known miss. */
  readonly noSinks: boolean;
  /** What each annotated `line rule` says: a report that must be there, or a known fault of the plugin. */
  readonly annotations: ReadonlyMap<string, Annotation>;
}

/**
 * `expect`: the plugin reports this, rightly. `known-miss`: it should, and does not (a finding, kept
 * so the fix shows). `known-false`: it reports this, wrongly (a finding, kept so the fix shows).
 */
type Annotation = 'expect' | 'known-miss' | 'known-false';

function leadingComments(lines: readonly string[]): string[] {
  const end = lines.findIndex((line) => !line.trimStart().startsWith('//'));
  return lines.slice(0, end === -1 ? lines.length : end);
}

function readCorpusFile(name: string): CorpusFile {
  const file = path.join(CORPUS, name);
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  const header = leadingComments(lines);
  const configLine = header.map((line) => CONFIG.exec(line)?.[1]).find((value) => value !== undefined);
  const configs = (configLine ?? 'recommended').split(',').map((entry) => entry.trim() as ConfigName);
  const unknown = configs.filter((config) => !(config in plugin.configs));
  if (unknown.length > 0) throw new Error(`${name}: unknown config ${unknown.join(', ')}`);
  if (configs.filter((config) => PRESETS.has(config)).length !== 1) throw new Error(`${name}: name exactly one of ${[...PRESETS].join(', ')}`);
  const annotations = new Map<string, Annotation>();
  lines.forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    if (!match) return;
    const target = index + 1 + (match[2] ? 1 : 0);
    for (const rule of match[3]!.split(',')) {
      const id = rule.trim();
      if (!id.startsWith(PREFIX) || !(id.slice(PREFIX.length) in plugin.rules)) throw new Error(`${name}:${index + 1}: no rule ${id}`);
      annotations.set(`${target} ${id}`, match[1] as Annotation);
    }
  });
  return { name, file, text, configs, clean: header.some((line) => CLEAN.test(line)), noSinks: header.some((line) => NO_SINKS.test(line)), annotations };
}

/** How many places in the file (and its inline scripts) send data to Meta, per physical file. */
const sinkCounts = new Map<string, number>();

const probe: TSESLint.RuleModule<string> = {
  meta: { type: 'problem', schema: [], messages: {} },
  defaultOptions: [],
  create(context) {
    const sinks = getAnalysis(context).sinks;
    // Only the lists of sinks count (FileSinks may also carry helpers).
    const count = Object.values(sinks).reduce((total: number, list: unknown) => total + (Array.isArray(list) ? list.length : 0), 0);
    sinkCounts.set(context.physicalFilename, (sinkCounts.get(context.physicalFilename) ?? 0) + count);
    return {};
  },
};

const probeConfig: Linter.Config = {
  files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  plugins: { regression: { rules: { sinks: probe as never } } },
  rules: { 'regression/sinks': 'error' },
};

interface Outcome {
  readonly messages: Linter.LintMessage[];
  readonly sinks: number;
}

/**
 * Lints the whole corpus with one ESLint instance, as in a project rooted at the corpus (so no
 * test-file pattern applies): each file gets the presets its header names, its inline-script blocks
 * (`file.tsx/0_….js`) too.
 */
async function lintCorpus(files: readonly CorpusFile[]): Promise<Map<string, Outcome>> {
  const perFile = files.flatMap((corpusFile) =>
    corpusFile.configs.map((name): Linter.Config => ({ ...plugin.configs[name], files: [corpusFile.name, `${corpusFile.name}/**`] })),
  );
  const eslint = new ESLint({ cwd: CORPUS, overrideConfigFile: true, overrideConfig: [...perFile, probeConfig] });
  sinkCounts.clear();
  const results = await eslint.lintFiles(files.map((corpusFile) => corpusFile.name));
  return new Map(results.map((result) => [result.filePath, { messages: result.messages, sinks: sinkCounts.get(result.filePath) ?? 0 }]));
}

/**
 * Every way the reports differ from the annotations, sorted by line: `unexpected report:
 * file:line rule message`, `missing report: file:line rule`, and the known faults that changed.
 */
function differences(corpusFile: CorpusFile, messages: readonly Linter.LintMessage[]): string[] {
  const actual = new Map<string, Linter.LintMessage>();
  for (const message of messages) actual.set(`${message.line} ${message.ruleId ?? 'fatal'}`, message);
  const at = (key: string) => `${corpusFile.name}:${key}`;
  const found: [line: number, text: string][] = [];
  for (const [key, message] of actual) {
    const annotation = corpusFile.annotations.get(key);
    if (annotation === undefined) found.push([message.line, `unexpected report: ${at(key)} ${message.message}`]);
    else if (annotation === 'known-miss') found.push([message.line, `known miss now reported: ${at(key)} (make it \`expect:\`) ${message.message}`]);
  }
  for (const [key, annotation] of corpusFile.annotations) {
    if (annotation === 'known-miss' || actual.has(key)) continue;
    const line = Number.parseInt(key, 10);
    found.push([line, annotation === 'expect' ? `missing report: ${at(key)}` : `known false report gone: ${at(key)} (remove the \`known-false:\` annotation)`]);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])).map(([, text]) => text);
}

const corpus = readdirSync(CORPUS)
  .filter((name) => /\.[cm]?[jt]sx?$/.test(name))
  .sort()
  .map(readCorpusFile);

describe('regression corpus', () => {
  let outcomes: Map<string, Outcome>;
  beforeAll(async () => {
    outcomes = await lintCorpus(corpus);
  }, 120_000);

  it.each(corpus.map((corpusFile) => [corpusFile.name, corpusFile] as const))('%s: the reports are exactly the annotated ones', (_name, corpusFile) => {
    const outcome = outcomes.get(corpusFile.file);
    if (!outcome) throw new Error(`${corpusFile.name}: not linted (does a config match it?)`);
    const { messages, sinks } = outcome;
    if (corpusFile.noSinks) {
      expect.soft(sinks, `${corpusFile.name}: Meta sinks are found now: remove \`corpus: no-sinks\` and turn its known misses into \`expect:\``).toBe(0);
    } else {
      expect(sinks, `${corpusFile.name}: no Meta sink found, so the file is no longer analysed`).toBeGreaterThan(0);
    }
    expect(differences(corpusFile, messages)).toEqual([]);
    // One report per fault: no rule reports the same line twice.
    const keys = messages.map((message) => `${message.line} ${message.ruleId}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('marks the files that do everything right, and they carry no annotation', () => {
    const clean = corpus.filter((corpusFile) => corpusFile.clean);
    expect(clean.length).toBeGreaterThanOrEqual(3);
    expect(clean.filter((corpusFile) => corpusFile.annotations.size > 0).map((corpusFile) => corpusFile.name)).toEqual([]);
  });
});
