#!/usr/bin/env node
// Lists the score and the surviving mutants (and those without coverage) of each file in a StrykerJS
// JSON report, with their exact ranges: the list to judge one by one (docs/testing/mutation.md).
//
//   node scripts/mutation-survivors.mjs [reports/mutation/mutation.json] [file-substring]
import { readFileSync } from 'node:fs';

const [reportPath = 'reports/mutation/mutation.json', filter = ''] = process.argv.slice(2);
const { files } = JSON.parse(readFileSync(reportPath, 'utf8'));
for (const [name, file] of Object.entries(files)) {
  if (!name.includes(filter)) continue;
  const count = (status) => file.mutants.filter((mutant) => mutant.status === status).length;
  const killed = count('Killed') + count('Timeout');
  const valid = killed + count('Survived') + count('NoCoverage');
  console.log(`${name}: ${killed} / ${valid} (${((100 * killed) / valid).toFixed(1)} %), ${count('Survived')} survived, ${count('NoCoverage')} without coverage`);
  const lines = file.source.split('\n');
  for (const { status, location, mutatorName, replacement = '' } of file.mutants) {
    if (status !== 'Survived' && status !== 'NoCoverage') continue;
    const { start, end } = location;
    const text = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)} …`;
    console.log(`  ${status === 'NoCoverage' ? 'no coverage' : 'survived   '} :${start.line}:${start.column}-${end.line}:${end.column} ${mutatorName}: ${JSON.stringify(text.slice(0, 70))} -> ${JSON.stringify(replacement.slice(0, 50))}`);
  }
}
