import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { getAnalysis } from '../../src/analysis/index.js';
import type { FileAnalysis } from '../../src/analysis/index.js';
import type { FileSinks } from '../../src/analysis/sinks/index.js';
import type { ValueInfo } from '../../src/analysis/values/types.js';

/** What the probe rule saw in a file: the sinks, and the classification of chosen expressions. */
export interface ProbeResult {
  /** The file's shared analysis, for analyses built on it (URLs, consent). */
  readonly analysis: FileAnalysis;
  readonly sinks: FileSinks;
  readonly text: string;
  /** The file's SourceCode, for analysis functions that take it. */
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Classifies the expression whose source text is `code` (its last occurrence in the file). */
  classify(code: string): ValueInfo;
  /** The expression whose source text is `code` (its last occurrence in the file). */
  node(code: string): TSESTree.Node;
  /** `line:column` of a node. */
  at(node: TSESTree.Node): string;
}

export interface ProbeOptions {
  readonly settings?: Record<string, unknown>;
  readonly typescript?: boolean;
  /** A Vue single-file component, through vue-eslint-parser (`<script>` through espree). */
  readonly vue?: boolean;
  readonly sourceType?: 'module' | 'script' | 'commonjs';
  /** Globals configured as in `languageOptions.globals` (`{ window: 'readonly' }`). */
  readonly globals?: Record<string, 'readonly' | 'writable' | 'off'>;
  /** Typed linting: the folder of a tsconfig.json that includes `file.ts` (the code is linted as that file). */
  readonly project?: string;
}

/**
 * Runs the shared analysis on a code string through ESLint's Linter with a probe rule, so the
 * analysis sees exactly what rules see. TypeScript syntax is parsed with @typescript-eslint/parser,
 * with a TypeScript program when `project` is given.
 */
export function probe(code: string, options: ProbeOptions = {}): ProbeResult {
  let result: ProbeResult | undefined;
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      const analysis = getAnalysis(context);
      const nodes: TSESTree.Node[] = [];
      const collect = (node: TSESTree.Node) => void nodes.push(node);
      const find = (expression: string) => {
        const node = nodes.findLast((candidate) => context.sourceCode.getText(candidate) === expression);
        if (!node) throw new Error(`probe: no expression \`${expression}\` in the code`);
        return node;
      };
      result = {
        analysis,
        sinks: analysis.sinks,
        text: context.sourceCode.text,
        sourceCode: context.sourceCode,
        node: find,
        classify: (expression) => analysis.values.classify(find(expression)),
        at: (node) => `${node.loc.start.line}:${node.loc.start.column + 1}`,
      };
      return { '*': collect };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      files: ['**/*.{js,jsx,ts,tsx,vue}'],
      plugins: { probe: { rules: { probe: rule as never } } },
      rules: { 'probe/probe': 'error' },
      languageOptions: {
        sourceType: options.sourceType ?? 'module',
        ...(options.globals ? { globals: options.globals } : {}),
        ...(options.typescript || options.project ? { parser: tsParser } : options.vue ? { parser: vueParser as never } : {}),
        parserOptions: options.project ? { projectService: true, tsconfigRootDir: options.project } : { ecmaFeatures: { jsx: true } },
      },
      settings: options.settings ?? {},
    },
  ], options.project ? join(options.project, 'file.ts') : options.typescript ? 'file.tsx' : options.vue ? 'file.vue' : 'file.jsx');
  if (process.env.PROBE_DEBUG) console.log(messages);
  const fatal = messages.find((message) => message.fatal || message.ruleId === 'probe/probe');
  if (fatal) throw new Error(`probe: ${fatal.message} (${fatal.line}:${fatal.column})`);
  if (!result) throw new Error('probe: rule did not run');
  return result;
}

/** A compact one-line summary of a classification, for assertions. */
export function summary(info: ValueInfo): string {
  switch (info.kind) {
    case 'pii':
      return `pii:${info.pii}${info.weak ? '(weak)' : ''}${info.normalization.size > 0 ? `[${[...info.normalization].sort().join(',')}]` : ''}`;
    case 'hashed': {
      const input = info.input ? ` of ${summary(info.input)}` : '';
      return `hashed:${info.algorithm}${info.assumed ? '(assumed)' : ''}${input}`;
    }
    default:
      return info.kind;
  }
}

/** `channel:command@line:column` for every pixel call the analysis finds in `code`. */
export function pixelCalls(code: string, options?: ProbeOptions): string[] {
  const result = probe(code, options);
  return result.sinks.pixelCalls.map((call) => `${call.channel}:${call.command}@${result.at(call.node)}`);
}

/**
 * Where the value of `expression` (its last occurrence in `code`) goes, as `kind` or `kind+hint`
 * (a name on the way says Meta): `meta`, `pixel`, `first-party`, `unknown`.
 */
export function destinationIn(code: string, expression: string, options?: ProbeOptions): string {
  const result = probe(code, options);
  const destination = result.sinks.destinationOf(result.node(expression));
  return destination.metaHint ? `${destination.kind}+hint` : destination.kind;
}
