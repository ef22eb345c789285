// The hashing table (tests/catalog/hashing-table.ts) through the real rules: what Meta asks of each
// identifier of each format, against what no-unhashed-identifiers and no-raw-pii report.
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { expectedOutcome, FORMATS, outcome } from './hashing-table.js';

describe.each(FORMATS)('$name', (format) => {
  it.for(format.rows)('%s: Meta says %s', (row) => {
    expect(outcome(plugin, format, row)).toEqual(expectedOutcome(format, row));
  });
});
