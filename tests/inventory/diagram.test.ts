// The Mermaid flowchart that opens the Markdown report (issue 14, point 3): golden output for a
// made-up report, valid structure (generated ids, escaped labels, every edge between declared
// nodes, balanced subgraphs), warning style for unguarded flows and findings, and a size that does
// not grow with the number of flows. Mermaid itself cannot run here (its CLI needs a browser), so
// the syntax is checked by the rules below. Regenerate with UPDATE_GOLDEN=1.
import { describe, expect, it } from 'vitest';
import { escape, mermaidDiagram } from '../../src/cli/format/mermaid.js';
import { expectGolden } from '../golden.js';
import { mermaidProblems } from './mermaid-check.js';
import { syntheticReport } from './synthetic.js';

const GOLDEN = 'tests/inventory/__golden__/diagram.md';
describe('the Mermaid flowchart', () => {
  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    const diagram = `${mermaidDiagram(syntheticReport({ sites: 12 }))}\n`;
    expectGolden(GOLDEN, diagram);
  });

  it('is valid for reports of every size, and does not grow with the number of flows', () => {
    const small = mermaidDiagram(syntheticReport({ sites: 60 }));
    const large = mermaidDiagram(syntheticReport({ sites: 10_000 }));
    expect(mermaidProblems(small)).toEqual([]);
    expect(mermaidProblems(large)).toEqual([]);
    expect(large.split('\n')).toHaveLength(small.split('\n').length);
    expect(large.length).toBeLessThan(5_000);
  });

  it('draws unguarded flows, findings and leaking data in the warning style', () => {
    const diagram = mermaidDiagram(syntheticReport({ sites: 5 }));
    expect(diagram).toMatch(/subgraph c0\["Browser: Meta pixel \(fbq\) · 1 flow · ⚠ 1 unguarded · ⚠ 1 with findings"\]/);
    expect(diagram).toMatch(/^ {2}class .*\bc0\b.* warning;$/m);
    expect(diagram).toMatch(/c0d0 -->\|"⚠ raw ×1"\| meta/);
  });

  it('says when there is nothing to draw', () => {
    const diagram = mermaidDiagram(syntheticReport({ sites: 0 }));
    expect(diagram).toContain('none["No data flows to Meta found"]');
    expect(mermaidProblems(diagram)).toEqual([]);
  });

  it('escapes what would end or break a label', () => {
    expect(escape('say "hi" <b>#1</b> `x`')).toBe('say #34;hi#34; #60;b#62;#35;1#60;/b#62; #96;x#96;');
  });
});
