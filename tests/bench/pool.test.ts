import { describe, expect, it } from 'vitest';
import { pooledRounds, poolingProblem, sharedSetup } from '../../bench/lib/pool.mjs';

const round = (plugin: number) => ({ parse: { wallMs: 100 }, empty: { wallMs: 100 }, plugin: { wallMs: plugin } });
const run = (file: string, changes: { build?: string; realCorpus?: string; metaFiles?: number; configs?: string[] } = {}) => ({
  file,
  report: {
    plugin: { build: 'build' in changes ? changes.build : 'b1' },
    corpora: { real: { fingerprint: changes.realCorpus ?? 'c1' } },
    options: { metaFiles: changes.metaFiles ?? 60, configs: (changes.configs ?? ['parse', 'empty', 'plugin']).map((id) => ({ id })) },
    rounds: { real: [round(102), round(103)], meta: [round(136)] },
  },
});

describe('poolingProblem', () => {
  it('accepts runs of one build on the same corpora and configurations', () => {
    expect(poolingProblem([run('a.json'), run('b.json')])).toBeUndefined();
  });

  it('names the run and what differs: the build, the real corpus, the Meta-heavy files, the configurations', () => {
    expect(poolingProblem([run('a.json'), run('b.json', { build: 'b2' })])).toMatch(/^b\.json differs from a\.json in build \(b2 vs b1\)/);
    expect(poolingProblem([run('a.json'), run('b.json', { realCorpus: 'c2' })])).toMatch(/in realCorpus/);
    expect(poolingProblem([run('a.json'), run('b.json', { metaFiles: 4 })])).toMatch(/in metaFiles \(4 vs 60\)/);
    expect(poolingProblem([run('a.json'), run('b.json', { configs: ['parse', 'empty', 'plugin', 'all'] })])).toMatch(/in configs/);
  });

  it('refuses a run that does not record its build, whichever position it has', () => {
    expect(poolingProblem([run('old.json', { build: undefined }), run('b.json')])).toMatch(/^old\.json has no build/);
    expect(poolingProblem([run('a.json'), run('old.json', { build: undefined })])).toMatch(/^old\.json has no build/);
  });
});

describe('pooledRounds and sharedSetup', () => {
  it('puts every round of every run on one corpus together, in run order', () => {
    const runs = [run('a.json'), run('b.json')];
    expect(pooledRounds(runs, 'real').map((r) => (r as ReturnType<typeof round>).plugin.wallMs)).toEqual([102, 103, 102, 103]);
    expect(pooledRounds(runs, 'meta')).toHaveLength(2);
    expect(sharedSetup(runs)).toEqual({ build: 'b1', realCorpus: 'c1', metaFiles: 60, ids: ['parse', 'empty', 'plugin'] });
  });
});
