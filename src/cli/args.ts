import { parseArgs } from 'node:util';
import type { FormatName } from './format/index.js';
import { FORMATS, isFormat } from './format/index.js';

/** A command line the command cannot run: the message says what is wrong; exit code 2. */
export class UsageError extends Error {}

export interface CommandLine {
  readonly command: 'inventory' | 'help' | 'version';
  readonly paths: readonly string[];
  readonly format: FormatName;
  /** The Markdown summary instead of the full report. */
  readonly summary: boolean;
  readonly output?: string;
  readonly config?: string;
  readonly failOnFindings: boolean;
  readonly errorOnUnmatchedPattern: boolean;
  readonly progress: boolean;
  readonly concurrency: 'off' | 'auto' | number;
  readonly cache: boolean;
  readonly cacheLocation?: string;
  readonly cacheStrategy: 'metadata' | 'content';
}

/** Exit codes, in the order they win when several apply. */
export const EXIT = { done: 0, findings: 1, usage: 2, unreadFiles: 3 } as const;

export const USAGE = `Usage: meta-privacy inventory [paths…] [options]

Lists every place in the given files, directories or globs (default: the current directory) where
data leaves for Meta: the pixel, pixel wrappers, image pixels, the Conversions API over HTTP and
through the SDK. For each: the event, every field sent with its label and provenance, the consent
and Limited Data Use state, and the findings of the meta-privacy rules there.
Lints with the project's own ESLint and config (a built-in config when there is none), skips what
.gitignore ignores, and never changes a file.

Options:
  -f, --format <name>             ${FORMATS.join(', ')} (default: table)
      --summary                   the Markdown summary (diagram, totals, findings by rule), under 60,000 characters
  -o, --output <file>             write the report to a file (missing directories are created)
  -c, --config <file>             use this ESLint flat config file instead of looking one up
      --fail-on-findings          exit with 1 when a meta-privacy rule reports anything
      --error-on-unmatched-pattern  exit with 2 when a path matches no file (default: an empty report)
      --concurrency <n|auto|off>  lint on worker threads, as ESLint does (default: off)
      --cache                     lint only files changed since the last run (ESLint's cache)
      --cache-location <path>     where the cache is (default: .meta-privacy-inventory-cache)
      --cache-strategy <name>     metadata or content, as ESLint (default: metadata)
      --progress                  show progress on standard error even when it is not a terminal
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 done; 1 findings with --fail-on-findings; 2 usage or configuration error;
3 files that could not be read (they did not parse): the report is incomplete.
Documentation: docs/inventory.md in eslint-plugin-meta-privacy.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  summary: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on-findings': { type: 'boolean' },
  'error-on-unmatched-pattern': { type: 'boolean' },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'cache-strategy': { type: 'string' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const DEFAULTS = {
  format: 'table',
  summary: false,
  failOnFindings: false,
  errorOnUnmatchedPattern: false,
  progress: false,
  concurrency: 'off',
  cache: false,
  cacheStrategy: 'metadata',
} as const;

/** Reads the arguments after `meta-privacy`; throws UsageError on anything it cannot use. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals } = parseStrict(argv);
  const [command, ...paths] = positionals;
  if (values.help) return { ...DEFAULTS, paths, command: 'help' };
  if (values.version) return { ...DEFAULTS, paths, command: 'version' };
  if (command === undefined) throw new UsageError('missing command: the only command is `inventory`.');
  if (command !== 'inventory') throw new UsageError(`unknown command \`${command}\`: the only command is \`inventory\`.`);
  const summary = values.summary ?? false;
  const format = values.format ?? (summary ? 'markdown' : 'table');
  if (!isFormat(format)) throw new UsageError(`unknown format \`${format}\`: use one of ${FORMATS.join(', ')}.`);
  if (summary && format !== 'markdown') throw new UsageError(`--summary is a Markdown report: drop \`--format ${format}\`.`);
  if (values.output === '') throw new UsageError('--output needs a file name.');
  const cacheStrategy = values['cache-strategy'] ?? 'metadata';
  if (cacheStrategy !== 'metadata' && cacheStrategy !== 'content') throw new UsageError(`unknown cache strategy \`${cacheStrategy}\`: use metadata or content.`);
  return {
    command,
    paths: paths.length > 0 ? paths : ['.'],
    format,
    summary,
    output: values.output,
    config: values.config,
    failOnFindings: values['fail-on-findings'] ?? false,
    errorOnUnmatchedPattern: values['error-on-unmatched-pattern'] ?? false,
    progress: values.progress ?? false,
    concurrency: concurrencyOf(values.concurrency),
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    cacheStrategy,
  };
}

/** `auto`, `off` or a positive whole number of threads, as ESLint's `--concurrency`. */
function concurrencyOf(value: string | undefined): CommandLine['concurrency'] {
  if (value === undefined || value === 'off' || value === 'auto') return value ?? 'off';
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new UsageError(`--concurrency takes a number of threads, auto or off, not \`${value}\`.`);
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; keep its first sentence.
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '.'));
  }
}
