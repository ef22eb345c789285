// The image-pixels processor: which <img src> values become `'<url>';` statements, and where
// reports on them land in the markup.
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { imagePixelSources } from '../../src/processors/image-pixels.js';

const processor = plugin.processors['image-pixels'];

describe('image-pixels processor', () => {
  it.each([
    ['double-quoted, with character references', '<img src="https://www.facebook.com/tr?id=1&amp;ev=Lead">', ['https://www.facebook.com/tr?id=1&amp;ev=Lead']],
    ['single-quoted and unquoted, any case', "<IMG alt='' SRC='https://www.facebook.com/tr?ev=A'><img src=https://www.facebook.com/tr?ev=B>", ['https://www.facebook.com/tr?ev=A', 'https://www.facebook.com/tr?ev=B']],
    ['not in comments, scripts or styles', '<!-- <img src="https://www.facebook.com/tr?ev=A"> --><script>x = \'<img src="https://www.facebook.com/tr?ev=B">\'</script><style>/* <img src="https://www.facebook.com/tr"> */</style>', []],
    ['not other images or data-src', '<img src="/logo.png"><img data-src="https://www.facebook.com/tr?ev=A">', []],
  ])('%s', (_name, html, expected) => {
    expect(imagePixelSources(html).map((value) => html.slice(value.start, value.end))).toEqual(expected);
  });

  it("decodes character references and escapes quotes in the block, one statement per URL", () => {
    const html = `<img src="https://www.facebook.com/tr?ev=A&amp;cd[name]=O&#39;Neil">\n<img src='https://www.facebook.com/tr?ev=B'>`;
    expect(processor.preprocess(html, 'page.html')).toEqual([
      html,
      { text: "'https://www.facebook.com/tr?ev=A&cd[name]=O\\'Neil';\n'https://www.facebook.com/tr?ev=B';\n", filename: 'image-pixels.js' },
    ]);
    expect(processor.preprocess('<p>no pixel here</p>', 'page.html')).toEqual(['<p>no pixel here</p>']);
  });

  it('reports inside the attribute, after character references, at the host position', () => {
    const html = '<p>\n  <img alt="" src="https://www.facebook.com/tr?id=1&amp;ev=HivTestBooked&amp;noscript=1">\n</p>';
    const linter = new Linter({ configType: 'flat' });
    // No HTML parser here: block 0 (the page) is dropped by a filter on fatal parse errors below.
    const messages = linter
      .verify(html, [plugin.configs.recommended, plugin.configs.html], 'page.html')
      .filter((message) => !message.fatal);
    expect(messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)).toEqual(['meta-privacy/no-sensitive-event-data@2:20-2:88']);
  });

  it('never throws on truncated or spliced markup', () => {
    const sample = '<!-- x --><noscript><img src="https://www.facebook.com/tr?id=1&amp;ev=Lead&#x27;&#99999999;"></noscript><script>fbq("init", "1")</script>';
    const linter = new Linter({ configType: 'flat' });
    const config = [plugin.configs.recommended, plugin.configs.html];
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 4 }), (cut, at, insert) => {
        expect(() => linter.verify(sample.slice(0, cut) + insert + sample.slice(at), config, 'page.html')).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
