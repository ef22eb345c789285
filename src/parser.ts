/**
 * The parser the plugin's configs set, so that one line of config lints every JS and TS file:
 * JavaScript (JSX included) through ESLint's own espree, TypeScript through typescript-eslint's
 * parser when the project has it. It only dispatches; the parsing is theirs.
 *
 * A config object cannot import an optional package at config time (ESM has no conditional
 * synchronous import), so typescript-eslint's parser is found with `createRequire` when the plugin
 * loads (resolved, not loaded) and loaded on the first TypeScript file.
 *
 * A parser set in the user's own config wins when that config comes after ours; when it comes
 * before, this one still gives the same result for the parsers users set on these files: files of
 * typescript-eslint's parser (`.ts`, or any file linted with type information: `project`,
 * `projectService`, `programs`) go to that parser with the user's `parserOptions`, the rest to espree.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Linter } from 'eslint';

/** The files typescript-eslint's parser reads (and espree cannot). */
export const TYPESCRIPT_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts'] as const;
/** The files espree reads, with JSX on. */
export const JAVASCRIPT_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs'] as const;

const TYPESCRIPT_FILE = /\.(?:[cm]?ts|tsx)$/;

type ParseResult = ReturnType<NonNullable<Extract<Linter.Parser, { parseForESLint: unknown }>['parseForESLint']>>;
interface ForEslint {
  parseForESLint(code: string, options: Linter.ParserOptions): ParseResult;
}
interface Espree {
  parse(code: string, options: Linter.ParserOptions): ParseResult['ast'];
}

const ownRequire = createRequire(import.meta.url);

/**
 * typescript-eslint's parser as the project has it (from the working directory, directly or through
 * the `typescript-eslint` package, as pnpm lays it out), else as this package sees it; `undefined`
 * when it, or the `typescript` it needs, is not installed.
 */
export function resolveTypeScriptParser(directory: string = process.cwd()): string | undefined {
  for (const require of [createRequire(path.join(directory, 'noop.js')), ownRequire]) {
    const parser = resolveIn(require, '@typescript-eslint/parser') ?? resolveVia(require, 'typescript-eslint', '@typescript-eslint/parser');
    if (parser && resolveIn(createRequire(parser), 'typescript')) return parser;
  }
  return undefined;
}

function resolveIn(require: NodeJS.Require, request: string): string | undefined {
  try {
    return require.resolve(request);
  } catch {
    return undefined;
  }
}

function resolveVia(require: NodeJS.Require, owner: string, request: string): string | undefined {
  const ownerPath = resolveIn(require, owner);
  return ownerPath && resolveIn(createRequire(ownerPath), request);
}

/** Whether a file goes to typescript-eslint's parser: its extension, or type information asked for. */
function wantsTypeScript(options: Linter.ParserOptions): boolean {
  const file = typeof options.filePath === 'string' ? options.filePath : '';
  return TYPESCRIPT_FILE.test(file) || Boolean(options.project || options.projectService || options.programs);
}

/** The parser object of the configs; `typeScriptParser` is the resolved path, or none. */
export function createParser(version: string, typeScriptParser: string | undefined): Linter.Parser {
  let typescript: ForEslint | undefined;
  let espree: Espree | undefined;
  return {
    meta: { name: 'eslint-plugin-meta-privacy/parser', version },
    parseForESLint(code: string, options: Linter.ParserOptions = {}): ParseResult {
      if (wantsTypeScript(options)) {
        if (!typeScriptParser) {
          throw new Error(
            `eslint-plugin-meta-privacy: ${String(options.filePath)} needs typescript-eslint's parser, which is not installed (npm install --save-dev typescript-eslint).`,
          );
        }
        typescript ??= ownRequire(typeScriptParser) as ForEslint;
        return typescript.parseForESLint(code, options);
      }
      espree ??= createRequire(ownRequire.resolve('eslint'))('espree') as Espree;
      // No scope manager or visitor keys: ESLint computes them as it does for espree itself.
      return { ast: espree.parse(code, options) } as ParseResult;
    },
  };
}
