// The inline-scripts processor through ESLint's Linter: which literals become blocks, where reports
// land in the host, what happens to fixes, other rules, parse errors and consent around the element.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { Linter as Linter9 } from 'eslint9';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { decodeLiteral } from '../../src/processors/js-scan.js';
import { findInlineScripts } from '../../src/processors/jsx-scripts.js';
import { escapeTemplate, remapBlockMessages } from '../../src/processors/remap.js';
import { LineIndex } from '../../src/processors/virtual-text.js';

type Message = Linter.LintMessage;

const BASE_CODE =
  "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.queue.push(arguments)};n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');";

function lint(code: string, filename = 'page.jsx', extra: Linter.Config[] = [], linter: Pick<Linter, 'verify'> = new Linter({ configType: 'flat' })): Message[] {
  return linter.verify(
    code,
    [
      { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser as never } },
      plugin.configs.recommended as Linter.Config,
      plugin.configs['inline-scripts'] as Linter.Config,
      ...extra,
    ],
    filename,
  );
}

/** `rule@line:column-endLine:endColumn`, rule without the namespace. */
function at(messages: readonly Message[]): string[] {
  return messages.map((m) => `${m.ruleId?.replace('meta-privacy/', '') ?? 'fatal'}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
}

/** The host text a report covers. */
function covered(code: string, message: Message): string {
  const lines = code.split('\n');
  const start = lines.slice(0, message.line - 1).join('\n').length + (message.line > 1 ? 1 : 0) + message.column - 1;
  const end = lines.slice(0, message.endLine! - 1).join('\n').length + (message.endLine! > 1 ? 1 : 0) + message.endColumn! - 1;
  return code.slice(start, end);
}

function applySuggestion(code: string, message: Message): string {
  const fix = message.suggestions![0]!.fix;
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('inline-scripts processor: where reports land', () => {
  it('reports inside a <Script> template child at the exact host line and column', () => {
    const code = [
      "import Script from 'next/script';",
      'export const Pixel = () => (',
      '  <Script id="fb-pixel">',
      '    {`',
      "      fbq('track', 'Lead', { email: user.email });",
      "      fbq('trackCustom', 'HivTestBooked');",
      '    `}',
      '  </Script>',
      ');',
    ].join('\n');
    const messages = lint(code);
    expect(at(messages)).toEqual(['no-raw-pii@5:30-5:47', 'no-sensitive-event-data@6:26-6:41']);
    expect(messages.map((m) => covered(code, m))).toEqual(['email: user.email', "'HivTestBooked'"]);
  });

  it('maps through escapes of a string child and of dangerouslySetInnerHTML', () => {
    const code = [
      '<>',
      `  <script>{"fbq('track', 'Lead', { note: \\"a\\\\tb\\", phone: window.phone });"}</script>`,
      `  <script dangerouslySetInnerHTML={{ __html: 'fbq(\\'trackCustom\\', \\'RehabIntake\\');' }} />`,
      '</>;',
    ].join('\n');
    const messages = lint(code);
    expect(messages.map((m) => covered(code, m))).toEqual(['phone: window.phone', "\\'RehabIntake\\'"]);
    expect(at(messages)).toEqual(['no-raw-pii@2:53-2:72', 'no-sensitive-event-data@3:68-3:83']);
  });

  it('names an interpolation as written, and reads a quoted one as the value itself', () => {
    const code = "<Script>{`fbq('track', 'Lead', { email: '${user.email}', phone: ${JSON.stringify(user.phone)} });`}</Script>;";
    const messages = lint(code);
    expect(messages.map((m) => covered(code, m))).toEqual(["email: '${user.email}'", 'phone: ${JSON.stringify(user.phone)}']);
    expect(messages[0]!.message).toContain('(from `${user.email}`)');
    expect(messages[1]!.message).toContain('(from `${JSON.stringify(user.phone)}`)');
  });

  it('works in TSX through typescript-eslint', () => {
    const code = "const P = ({ id }: { id: string }) => <Script id={id}>{`fbq('trackCustom', 'AbortionConsult');`}</Script>;";
    expect(at(lint(code, 'page.tsx'))).toEqual(['no-sensitive-event-data@1:76-1:93']);
  });

  it('says where another line is in host lines (`line N` in messages)', () => {
    const code = ['<Script>', '  {`', "    fbq('consent', 'revoke');", "    fbq('init', '1');", "    fbq('dataProcessingOptions', ['LDU'], 1, 1000);", '  `}', '</Script>;'].join('\n');
    const [message] = lint(code);
    expect(message?.messageId).toBe('afterInit');
    expect(message?.message).toContain("comes after fbq('init') (line 4)");
  });
});

describe('inline-scripts processor: which literals are scripts', () => {
  it.each([
    ['a <Script> template child', '<Script id="x" strategy="afterInteractive">{`fbq()`}</Script>', ['`fbq()`']],
    ['a <script> string child with comments around it', "<script>{ /* pixel */ 'fbq()' // go\n}</script >", ["'fbq()'"]],
    ['dangerouslySetInnerHTML with a quoted key and a trailing comma', '<script dangerouslySetInnerHTML={{ "__html": `fbq()`, }} />', ['`fbq()`']],
    ['attributes holding > and braces', '<Script onLoad={() => { if (a > b) go({ c: "}" }); }} {...rest}>{`fbq()`}</Script>', ['`fbq()`']],
    ['an interpolation holding a template and a regex', '<Script>{`fbq(${a ? `x` : /[`}]/.source})`}</Script>', ['`fbq(${a ? `x` : /[`}]/.source})`']],
    ['innerHTML on another element', '<div dangerouslySetInnerHTML={{ __html: `fbq()` }} />', []],
    ['a child that is not a lone literal', '<Script>{code}</Script><Script>{`a` + b}</Script><script>fbq()</script>', []],
    ['a self-closing <Script src>', '<Script src="https://connect.facebook.net/en_US/fbevents.js" />', []],
    ['an element named differently', '<Scripts>{`fbq()`}</Scripts><script-x>{`fbq()`}</script-x>', []],
    ['a closing tag of another element', '<Script>{`fbq()`}</div>', []],
    // A name for the script: a constant of the same file, found from the text.
    ['__html: a const holding a template', 'const pixelScript = `fbq()`;\n<script dangerouslySetInnerHTML={{ __html: pixelScript }} />', ['`fbq()`']],
    ['a <Script> child naming a const, without a semicolon', "export const P = () => {\n  const pixelScript = 'fbq()'\n  return <Script id=\"fb\">{pixelScript}</Script>;\n};", ["'fbq()'"]],
    ['a const rendered only with a pixel id', 'const pixelScript = pixelId ? `fbq(${pixelId})` : null;\n<script dangerouslySetInnerHTML={{ __html: pixelScript }} />', ['`fbq(${pixelId})`']],
    ['a const with a script in both branches, used twice', "const s = !test && cfg.on ? 'fbq(1)' : 'fbq(2)';\n<Script>{s}</Script><script dangerouslySetInnerHTML={{ __html: s }} />", ["'fbq(1)'", "'fbq(2)'"]],
    ['a let, a var, a function, a reassigned const', 'let a = `fbq()`; var b = `fbq()`; const c = () => `fbq()`; const d = `fbq()`; d = x;\n<Script>{a}</Script><Script>{b}</Script><Script>{c}</Script><Script>{d}</Script>', []],
    ['a name declared twice', 'function A() { const s = `fbq(1)`; }\nfunction B() { const s = `fbq(2)`; return <Script>{s}</Script>; }', []],
    ['a const that goes on being computed', 'const a = `fbq()`.trim();\nconst b = `fbq()`\n  + more;\n<Script>{a}</Script><Script>{b}</Script>', []],
    ['a script built by a function, or imported', "import { pixel } from './pixel';\nconst build = (id) => `fbq(${id})`;\n<Script>{pixel}</Script><script dangerouslySetInnerHTML={{ __html: build(id) }} />", []],
  ])('%s', (_name, code, expected) => {
    expect(findInlineScripts(code).map((literal) => code.slice(literal.start, literal.end))).toEqual(expected);
  });

  it('adds no block to a file without <script>/<Script>, or whose scripts cannot reach Meta', () => {
    const processor = plugin.processors['inline-scripts'];
    expect(processor.preprocess("fbq('track', 'Lead', { email });", 'a.js')).toHaveLength(1);
    expect(processor.preprocess('<Script>{`gtag("config", "G-1")`}</Script>', 'a.jsx')).toHaveLength(1);
    expect(processor.preprocess('<Script>{`fbq("init", "1")`}</Script>', 'a.jsx')).toHaveLength(2);
    expect(processor.preprocess('<Script>{`fbq("init", "1")`}</Script>', 'a.jsx/1_inline-script.js')).toHaveLength(1);
  });
});

describe('inline-scripts processor: a script held in a constant', () => {
  it('reports inside the constant, at the exact lines of its text, once however often it is rendered', () => {
    const code = [
      'const PIXEL_ID = process.env.NEXT_PUBLIC_PIXEL_ID;',
      'const pixelScript = `',
      `  ${BASE_CODE}`,
      "  fbq('init', '${PIXEL_ID}');",
      "  fbq('track', 'Lead', { email: '${user.email}' });",
      '`;',
      'export default function Layout() {',
      '  return <head><script dangerouslySetInnerHTML={{ __html: pixelScript }} /><Script id="again">{pixelScript}</Script></head>;',
      '}',
    ].join('\n');
    const messages = lint(code);
    expect(at(messages)).toEqual(['require-consent@4:3-4:29', 'no-raw-pii@5:26-5:48']);
    expect(covered(code, messages[1]!)).toBe("email: '${user.email}'");
  });

  it('leaves alone a constant that never reaches Meta', () => {
    expect(lint('const ga = `gtag("config", "G-1", { user_email: user.email })`;\n<Script>{ga}</Script>;')).toEqual([]);
  });
});

describe('inline-scripts processor: other rules, parse errors, fixes', () => {
  it('skips an inline script that does not parse, and keeps the host reports', () => {
    const code = "fbq('track', 'Lead', { email: user.email });\n<Script>{`fbq('init', '1'`}</Script>;";
    const messages = lint(code);
    expect(at(messages)).toEqual(['no-raw-pii@1:24-1:41']);
  });

  it('honours eslint-disable comments written inside the inline script', () => {
    const code = "<Script>{`\n// eslint-disable-next-line meta-privacy/no-sensitive-event-data -- reviewed\nfbq('trackCustom', 'HivTest');`}</Script>;";
    const linter = new Linter({ configType: 'flat' });
    const config = [plugin.configs.recommended as Linter.Config, plugin.configs['inline-scripts'] as Linter.Config, { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }];
    expect(linter.verify(code, config, 'page.jsx')).toEqual([]);
    expect(at(linter.verify(code.replace('eslint-disable-next-line', 'reviewed:'), config, 'page.jsx'))).toEqual(['no-sensitive-event-data@3:20-3:29']);
  });

  it("keeps only this plugin's reports on a block (the host still gets every rule)", () => {
    const code = "<Script>{`fbq('trackCustom', 'HivTest'); undefinedThing();`}</Script>;";
    const messages = lint(code, 'page.jsx', [{ rules: { 'no-undef': 'error' } }]);
    expect(at(messages)).toEqual(['no-undef@1:2-1:8', 'no-sensitive-event-data@1:30-1:39']);
  });

  it('maps suggestions back into a template literal', () => {
    const code = `<Script>{\`${BASE_CODE}\nfbq('init', '1');\`}</Script>;`;
    const [message] = lint(code);
    expect(message?.messageId).toBe('unguardedInit');
    const fixed = applySuggestion(code, message!);
    expect(fixed).toBe(`<Script>{\`${BASE_CODE}\nfbq('consent', 'revoke');\nfbq('init', '1');\`}</Script>;`);
    expect(lint(fixed)).toEqual([]);
  });

  it('escapes suggestion text for a quoted string child, and the result lints clean', () => {
    const code = `<script>{"${BASE_CODE} fbq('init', '1');"}</script>;`;
    const [message] = lint(code);
    expect(message?.messageId).toBe('unguardedInit');
    const fixed = applySuggestion(code, message!);
    expect(fixed).toMatch(/fbq\('consent', 'revoke'\);(?:\\n| )*fbq\('init', '1'\);"\}<\/script>;$/);
    expect(lint(fixed)).toEqual([]);
  });

  it('maps a suggestion that covers whole interpolations, putting them back as written', () => {
    const code = "<Script>{`fbq('track', 'Lead', { value: ${total}, email: '${user.email}' });`}</Script>;";
    const [message] = lint(code);
    expect(message?.suggestions?.map((suggestion) => applySuggestion(code, { ...message, suggestions: [suggestion] }))).toEqual([
      "<Script>{`fbq('track', 'Lead', { value: ${total} });`}</Script>;",
    ]);
  });

  it('drops a fix whose range ends inside an interpolation, and replaces escapes whole', () => {
    const code = '<Script>{`fbq(${a.b}, "\\t")`}</Script>;';
    const [literal] = findInlineScripts(code);
    const mapped = decodeLiteral(code, literal!);
    expect(mapped.text).toBe('fbq(a_b$4, "\t")');
    const block = { mapped, escape: escapeTemplate };
    const fix = (range: [number, number], text = 'x') => ({ ruleId: 'meta-privacy/no-raw-pii', line: 1, column: 1, severity: 2 as const, message: '', source: null, fix: { range, text } });
    const remap = (range: [number, number], text?: string) =>
      remapBlockMessages([fix(range, text)], block, { lines: new LineIndex(code), blocks: [block] }, new Set(['no-raw-pii']))[0]?.fix;
    expect(remap([4, 9], 'f(a_b$4)')).toEqual({ range: [14, 20], text: 'f(${a.b})' });
    expect(remap([4, 6])).toBeUndefined();
    expect(remap([12, 13], 'y')).toEqual({ range: [23, 25], text: 'y' });
    expect(remap([11, 14], '`\n`')).toEqual({ range: [22, 26], text: '\\`\n\\`' });
  });
});

describe("inline-scripts processor: the host's eslint-disable comments", () => {
  const HIV = "fbq('trackCustom', 'HivTest')";
  const RAW = "fbq('track', 'Lead', { email: user.email })";
  /** ESLint's own reports on directives (unused ones), by line and text. */
  const directiveReports = (messages: readonly Message[]) => messages.filter((m) => m.ruleId === null).map((m) => `${m.line}:${m.column} ${m.message}`);

  it('eslint-disable-next-line above a one-line <Script>, with its description', () => {
    const code = `export const P = () => (\n  <>\n    {/* eslint-disable-next-line meta-privacy/no-sensitive-event-data -- reviewed by legal */}\n    <Script id="fb">{\`${HIV}; ${RAW}\`}</Script>\n  </>\n);`;
    const linter = new Linter({ configType: 'flat' });
    expect(at(lint(code, 'page.jsx', [], linter))).toEqual(['no-raw-pii@4:77-4:94']);
    // At run time (not in ESLint 10's types): what `ESLint#lintText` lists as `suppressedMessages`.
    const { getSuppressedMessages } = linter as unknown as { getSuppressedMessages(this: Linter): Linter.SuppressedLintMessage[] };
    expect(getSuppressedMessages.call(linter).map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['meta-privacy/no-sensitive-event-data', 4, [{ kind: 'directive', justification: 'reviewed by legal' }]],
    ]);
  });

  it('eslint-disable-next-line covers the next line only, as ESLint does everywhere', () => {
    const code = `// eslint-disable-next-line meta-privacy/no-sensitive-event-data\n<Script id="fb">{\`${HIV};\n${HIV};\`}</Script>;`;
    expect(at(lint(code))).toEqual(['no-sensitive-event-data@3:20-3:29']);
  });

  it('a /* eslint-disable rule */ … /* eslint-enable rule */ range around multi-line scripts', () => {
    const script = `<Script>{\`\n  ${HIV};\n  ${RAW};\n\`}</Script>`;
    const code = `/* eslint-disable meta-privacy/no-sensitive-event-data */\nconst a = ${script};\n/* eslint-enable meta-privacy/no-sensitive-event-data */\nconst b = ${script};`;
    expect(at(lint(code))).toEqual(['no-raw-pii@4:26-4:43', 'no-sensitive-event-data@8:22-8:31', 'no-raw-pii@9:26-9:43']);
  });

  it('a file-level /* eslint-disable */', () => {
    const code = `/* eslint-disable */\nimport Script from 'next/script';\nexport const P = () => <Script>{\`${HIV}; ${RAW}\`}</Script>;`;
    expect(lint(code)).toEqual([]);
  });

  it('// eslint-disable-line on the <Script> line, in TSX', () => {
    const code = `export const P = () => <Script id="fb">{\`${HIV}; ${RAW}\`}</Script>; // eslint-disable-line meta-privacy/no-raw-pii`;
    expect(at(lint(code, 'page.tsx'))).toEqual(['no-sensitive-event-data@1:61-1:70']);
  });

  it('ignores directive look-alikes: text inside strings and JSX text, line comments of range directives', () => {
    const code = `const note = '/* eslint-disable */';\n// eslint-disable meta-privacy/no-sensitive-event-data\nexport const P = () => <div>/* eslint-disable */<Script>{\`${HIV}\`}</Script></div>;`;
    expect(at(lint(code))).toEqual(['no-sensitive-event-data@3:78-3:87']);
  });

  it('suppresses the reports that replace a suppressed unguarded-loader report of the host', () => {
    const code = `// eslint-disable-next-line meta-privacy/require-consent -- the CMP loads this page after consent\nconst pixel = <Script>{\`${BASE_CODE}\nfbq('init', '1');\`}</Script>;`;
    expect(lint(code)).toEqual([]);
  });

  describe.each([
    ['ESLint 10', () => new Linter({ configType: 'flat' })],
    ['ESLint 9', () => new Linter9({ configType: 'flat' }) as unknown as Linter],
  ])('with reportUnusedDisableDirectives (%s)', (_engine, linter) => {
    const report: Linter.Config[] = [{ linterOptions: { reportUnusedDisableDirectives: 'error' } }];

    it('a host directive used only by a script report is used', () => {
      const code = `// eslint-disable-next-line meta-privacy/no-sensitive-event-data\n<Script>{\`${HIV}\`}</Script>;`;
      expect(lint(code, 'page.jsx', report, linter())).toEqual([]);
    });

    it('names only the rules still unused, and reports directives that suppress nothing', () => {
      const code = [
        '// eslint-disable-next-line meta-privacy/no-sensitive-event-data, meta-privacy/no-raw-pii',
        `<Script>{\`${HIV}\`}</Script>;`,
        '// eslint-disable-next-line meta-privacy/no-sensitive-event-data',
        "const label = 'HivTest';",
      ].join('\n');
      const messages = lint(code, 'page.jsx', report, linter());
      expect(directiveReports(messages)).toEqual([
        "1:1 Unused eslint-disable directive (no problems were reported from 'meta-privacy/no-raw-pii').",
        "3:1 Unused eslint-disable directive (no problems were reported from 'meta-privacy/no-sensitive-event-data').",
      ]);
      expect(messages[0]!.fix).toBeUndefined();
      expect(messages[1]!.fix).toBeDefined();
    });

    it('a rule-less /* eslint-disable */ used by a script report only', () => {
      const code = `/* eslint-disable */\n<Script>{\`${HIV}\`}</Script>;`;
      expect(lint(code, 'page.jsx', report, linter())).toEqual([]);
    });
  });

  it('applies no host directive under noInlineConfig, as ESLint does not', () => {
    const code = `// eslint-disable-next-line meta-privacy/no-sensitive-event-data\n<Script>{\`${HIV}\`}</Script>;`;
    const messages = lint(code, 'page.jsx', [{ linterOptions: { noInlineConfig: true } }]);
    expect(messages.map((m) => m.ruleId)).toEqual([null, 'meta-privacy/no-sensitive-event-data']);
  });

  it('keeps the script reports when the plugin cannot parse the host', () => {
    const code = `// eslint-disable-next-line meta-privacy/no-sensitive-event-data\n<Script>{\`${HIV}\`}</Script>;`;
    const processor = plugin.processors['inline-scripts'];
    processor.preprocess(code, 'page.flow.jsx');
    const block = { ruleId: 'meta-privacy/no-sensitive-event-data', messageId: 'sensitiveEventName', line: 1, column: 20, severity: 2 as const, message: 'x' };
    // A host this parser cannot read (here: not what was preprocessed) has no comments: nothing is suppressed.
    expect(processor.postprocess([[], [block]], 'page.flow.jsx')).toHaveLength(1);
  });
});

describe('inline-scripts processor: consent around the element', () => {
  const script = (guard: string) => `export const P = ({ consent }) => <>{${guard}<Script id="fb">{\`${BASE_CODE}\nfbq('init', '1');\`}</Script>}</>;`;

  it('reports an unguarded base code once, at the init call', () => {
    const messages = lint(script(''));
    expect(at(messages)).toEqual(['require-consent@2:1-2:17']);
  });

  it('stays quiet when the host renders the script only after consent', () => {
    expect(lint(script('consent.marketing && '))).toEqual([]);
  });

  it('trusts the script when its text mentions consent without asking for it', () => {
    const code = `<Script>{\`${BASE_CODE}\n// TODO: consent banner\nfbq('init', '1');\`}</Script>;`;
    expect(at(lint(code))).toEqual(['require-consent@3:1-3:17']);
  });

  it('stays quiet when the script revokes before init', () => {
    expect(lint(`<Script>{\`${BASE_CODE}\nfbq('consent', 'revoke');\nfbq('init', '1');\`}</Script>;`)).toEqual([]);
  });

  // next/script loading fbevents.js by `src`, then a second script calling init: one pixel start.
  const loaderThenInit = (init: string) =>
    [
      "import Script from 'next/script';",
      'export const Pixel = ({ pixelId }) => (',
      '  <>',
      '    <Script src="https://connect.facebook.net/en_US/fbevents.js" strategy="afterInteractive" />',
      `    <Script id="fb-init" strategy="afterInteractive">{\`${init}\`}</Script>`,
      '  </>',
      ');',
    ].join('\n');

  it('reports a base-code <Script src> and the init script beside it once, at the init', () => {
    expect(at(lint(loaderThenInit("fbq('init', '${pixelId}'); fbq('track', 'PageView');")))).toEqual(['require-consent@5:56-5:81']);
  });

  it('stays quiet about a base-code <Script src> when the init script beside it revokes first', () => {
    expect(lint(loaderThenInit("fbq('consent', 'revoke'); fbq('init', '${pixelId}');"))).toEqual([]);
  });

  it('reports base code loaded twice (by src and inline) with the init once, at the init', () => {
    expect(at(lint(loaderThenInit(`${BASE_CODE} fbq('init', '\${pixelId}');`)))).toEqual([`require-consent@5:${56 + BASE_CODE.length + 1}-5:${56 + BASE_CODE.length + 26}`]);
  });

  it('reports a script of base code alone and the init script beside it once, at the init', () => {
    const code = `<>\n  <Script>{\`${BASE_CODE}\`}</Script>\n  <Script>{\`fbq('init', '1');\`}</Script>\n</>;`;
    expect(at(lint(code))).toEqual(['require-consent@3:13-3:29']);
  });

  it('still reports a base-code <Script src> whose inline script beside it never calls init', () => {
    expect(at(lint(loaderThenInit("fbq('track', 'PageView');")))).toEqual(['require-consent@4:17-4:65']);
  });
});

describe('inline-scripts processor: odd input', () => {
  const sample = [
    "import Script from 'next/script';",
    '<Script id="a" onLoad={() => x > 1}>{`fbq(\'init\', \'${id}\'); fbq(\'track\', \'Lead\', { email: \'${u.email}\' });`}</Script>;',
    '<script dangerouslySetInnerHTML={{ __html: "fbq(\\"trackCustom\\", \\"HivTest\\")" }} />;',
  ].join('\n');

  it('never throws on truncated or spliced sources', () => {
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 4 }), (cut, at, insert) => {
        const code = sample.slice(0, cut) + insert + sample.slice(at);
        expect(() => lint(code)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
