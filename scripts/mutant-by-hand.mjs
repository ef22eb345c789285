#!/usr/bin/env node
// Checks surviving mutants by hand: for each survivor (or mutant without coverage) of one source file in
// a StrykerJS JSON report, writes Stryker's replacement at the mutant's exact range into the file, runs
// the given test files with vitest in a fresh process, and restores the file. Prints KILLED or SURVIVES
// per mutant. Use the exact range, never a rewritten condition: a ConditionalExpression at a column can
// be the whole condition or only its left operand (docs/testing/mutation.md).
//
//   node scripts/mutant-by-hand.mjs <mutation.json> <src file> [FROM-TO | L1,L2,…] -- <test files…>
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const [reportPath, sourcePath, lines] = dash === -1 ? [] : args.slice(0, dash);
const testFiles = dash === -1 ? [] : args.slice(dash + 1);
if (!reportPath || !sourcePath || testFiles.length === 0) {
  console.error('usage: node scripts/mutant-by-hand.mjs <mutation.json> <src file> [FROM-TO | L1,L2,…] -- <test files…>');
  process.exit(2);
}

const report = JSON.parse(readFileSync(reportPath, 'utf8')).files[sourcePath];
if (!report) throw new Error(`${sourcePath} is not in ${reportPath} (use the path as the report names it, e.g. src/rules/x.ts)`);
const original = readFileSync(sourcePath, 'utf8');
if (original !== report.source) console.warn(`warning: ${sourcePath} changed since the report; mutants are applied at the report's ranges`);

const selected = lineFilter(lines);
const lineStarts = [0];
for (let index = 0; index < original.length; index++) if (original[index] === '\n') lineStarts.push(index + 1);
const offsetOf = ({ line, column }) => lineStarts[line - 1] + column - 1;

let survived = 0;
try {
  for (const mutant of report.mutants) {
    if ((mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') || !selected(mutant.location.start.line)) continue;
    const [from, to] = [offsetOf(mutant.location.start), offsetOf(mutant.location.end)];
    writeFileSync(sourcePath, original.slice(0, from) + mutant.replacement + original.slice(to));
    const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...testFiles], { encoding: 'utf8' });
    if (run.status === 0) survived++;
    const { start, end } = mutant.location;
    const shown = (text) => JSON.stringify(text.slice(0, 60));
    console.log(`${run.status === 0 ? 'SURVIVES' : 'KILLED  '} :${start.line}:${start.column}-${end.line}:${end.column} ${mutant.mutatorName} ${shown(original.slice(from, to))} -> ${shown(mutant.replacement)}`);
  }
} finally {
  writeFileSync(sourcePath, original);
}
console.log(`${survived} surviving`);

/** `FROM-TO` (inclusive), `L1,L2,…`, or every line. */
function lineFilter(spec) {
  if (!spec) return () => true;
  if (spec.includes(',') || !spec.includes('-')) {
    const wanted = new Set(spec.split(',').map(Number));
    return (line) => wanted.has(line);
  }
  const [from, to] = spec.split('-').map(Number);
  return (line) => line >= from && line <= to;
}
