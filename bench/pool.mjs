#!/usr/bin/env node
// One verdict per goal from the rounds of several bench runs of the same build on the same corpora:
// the rounds are pooled and the median's interval computed over all of them, as if one run had them.
// Decide the runs (how many, how many rounds) before reading any of them; see bench/README.md.
//
//   node bench/pool.mjs bench/.results/run-2026-12-04T11-06-40-606Z.json bench/.results/run-….json
import fs from 'node:fs';
import { summarizeCorpus } from './lib/measure.mjs';
import { pooledRounds, poolingProblem, sharedSetup } from './lib/pool.mjs';
import { CORPUS_GOALS, corpusGoalLine } from './lib/report.mjs';

const files = process.argv.slice(2);
if (files.length < 2 || files.some((file) => file.startsWith('-'))) {
  console.error('usage: node bench/pool.mjs RUN.json RUN.json… (results of bench/run.mjs: bench/.results/run-*.json)');
  process.exit(2);
}
const runs = files.map((file) => ({ file, report: JSON.parse(fs.readFileSync(file, 'utf8')) }));
const problem = poolingProblem(runs);
if (problem) {
  console.error(problem);
  process.exit(2);
}

const { build, realCorpus, metaFiles, ids } = sharedSetup(runs);
console.log(`build ${build}, real corpus ${realCorpus}, ${metaFiles} Meta-heavy JavaScript files`);
for (const goal of CORPUS_GOALS) {
  const lineOf = (rounds) => corpusGoalLine(goal, summarizeCorpus(rounds, ids).pluginOverEmpty);
  for (const run of runs) {
    const rounds = pooledRounds([run], goal.corpus);
    console.log(`  ${run.file}, ${rounds.length} rounds — ${lineOf(rounds)}`);
  }
  const pooled = pooledRounds(runs, goal.corpus);
  console.log(`  pooled, ${pooled.length} rounds — ${lineOf(pooled)}`);
}
