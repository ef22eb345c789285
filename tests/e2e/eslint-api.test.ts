// The built plugin driven through the real `ESLint` class of ESLint 10 and ESLint 9, on fixture
// projects that each carry their own eslint.config.js (tests/e2e/projects/*). Needs `npm run build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import metaPrivacy from '../../dist/index.js';

const projects = path.join(path.dirname(fileURLToPath(import.meta.url)), 'projects');

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
}

interface ProjectReport {
  findings: Finding[];
  suppressed: Finding[];
  files: string[];
}

type Engine = 'eslint10' | 'eslint9';

interface LintMessageLike {
  ruleId: string | null;
  line: number;
  column: number;
}

interface LintResultLike {
  filePath: string;
  messages: LintMessageLike[];
  suppressedMessages: LintMessageLike[];
}

const reports = new Map<string, Promise<ProjectReport>>();

/** Lints every file of a fixture project once per engine (later calls reuse the result). */
function lintProject(engine: Engine, project: string): Promise<ProjectReport> {
  const key = `${engine}:${project}`;
  let report = reports.get(key);
  if (!report) {
    report = runEslint(engine, project);
    reports.set(key, report);
  }
  return report;
}

async function runEslint(engine: Engine, project: string): Promise<ProjectReport> {
  const cwd = path.join(projects, project);
  const results: LintResultLike[] =
    engine === 'eslint10'
      ? await new ESLint10({ cwd }).lintFiles(['.'])
      : await new ESLint9({ cwd }).lintFiles(['.']);
  const toFindings = (result: LintResultLike, messages: LintMessageLike[]): Finding[] =>
    messages.map(({ ruleId, line, column }) => ({
      file: path.relative(cwd, result.filePath).split(path.sep).join('/'),
      ruleId,
      line,
      column,
    }));
  return {
    findings: results.flatMap((result) => toFindings(result, result.messages)),
    suppressed: results.flatMap((result) => toFindings(result, result.suppressedMessages)),
    files: results.map((result) => path.relative(cwd, result.filePath).split(path.sep).join('/')).sort(),
  };
}

const engines: Array<[label: string, engine: Engine, major: string, version: string]> = [
  [`ESLint ${ESLint10.version} (eslint)`, 'eslint10', '10', ESLint10.version],
  [`ESLint ${ESLint9.version} (eslint9)`, 'eslint9', '9', ESLint9.version],
];

describe.each(engines)('%s', (_label, engine, major, version) => {
  it(`is ESLint ${major}`, () => {
    expect(version.split('.')[0]).toBe(major);
  });

  it('reports raw PII in pixel event parameters of a JavaScript project, at the property', async () => {
    const report = await lintProject(engine, 'js');
    expect(report.files).toEqual(['eslint.config.js', 'src/lead.js']);
    expect(report.findings).toEqual([{ file: 'src/lead.js', ruleId: 'meta-privacy/no-raw-pii', line: 3, column: 26 }]);
  });

  it('honours `// eslint-disable-next-line meta-privacy/no-raw-pii`', async () => {
    const report = await lintProject(engine, 'js');
    expect(report.findings.filter((finding) => finding.line === 9)).toEqual([]);
    expect(report.suppressed).toEqual([{ file: 'src/lead.js', ruleId: 'meta-privacy/no-raw-pii', line: 9, column: 26 }]);
  });

  it('reports an unhashed CAPI user_data value in a TypeScript project, at the value', async () => {
    const report = await lintProject(engine, 'ts');
    expect(report.files).toEqual(['eslint.config.js', 'src/capi.ts']);
    expect(report.findings).toEqual([
      { file: 'src/capi.ts', ruleId: 'meta-privacy/no-unhashed-identifiers', line: 9, column: 101 },
    ]);
    expect(report.suppressed).toEqual([]);
  });

  it('reports raw PII in the pixel options object of a TSX component with configs.recommended', async () => {
    const report = await lintProject(engine, 'tsx');
    expect(report.files).toEqual(['eslint.config.js', 'src/ThankYou.tsx']);
    expect(report.findings).toEqual([
      { file: 'src/ThankYou.tsx', ruleId: 'meta-privacy/no-raw-pii', line: 17, column: 99 },
    ]);
    expect(report.suppressed).toEqual([]);
  });
});

describe('the presets keep the parser and parserOptions a user sets, in either order', () => {
  const typed = path.join(projects, 'readme/typed');
  const userConfig = {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: typed } },
  };
  // `recipient: account.replyTo` is personal data only by its type, so the finding proves the program was used.
  const typedFinding = { file: 'src/pixel.ts', ruleId: 'meta-privacy/no-raw-pii', line: 7 };

  it.each([
    ['user config first', [userConfig, metaPrivacy.configs.recommended]],
    ['preset first', [metaPrivacy.configs.recommended, userConfig]],
    ['typescript-eslint typed configs first', [...tseslint.configs.recommendedTypeChecked, userConfig, metaPrivacy.configs.recommended]],
  ])('%s: type information still reaches the rules', async (_order, config) => {
    const eslint = new ESLint10({ cwd: typed, overrideConfigFile: true, overrideConfig: config as never });
    const results = await eslint.lintFiles(['src']);
    const messages = results.flatMap((result) =>
      result.messages.map((m) => ({ file: path.relative(typed, result.filePath).split(path.sep).join('/'), ruleId: m.ruleId, line: m.line })),
    );
    expect(messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(messages.filter((m) => m.ruleId?.startsWith('meta-privacy/'))).toEqual([typedFinding]);
  });

  it('parses JSX in .js files and leaves ecmaFeatures the user turned off alone', async () => {
    const cwd = path.join(projects, 'readme/next-pages');
    const lint = (config: unknown[]) => new ESLint10({ cwd, overrideConfigFile: true, overrideConfig: config as never }).lintFiles(['pages/checkout.js']);
    const [withJsx] = await lint([metaPrivacy.configs.recommended]);
    expect(withJsx!.messages.map((m) => m.ruleId)).toEqual(['meta-privacy/no-pii-in-url']);
    const [withoutJsx] = await lint([metaPrivacy.configs.recommended, { languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } } }]);
    expect(withoutJsx!.messages).toEqual([expect.objectContaining({ fatal: true })]);
  });
});
