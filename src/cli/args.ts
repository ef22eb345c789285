import { parseArgs } from 'node:util';
import type { FormatName } from './format/index.js';
import { FORMATS, isFormat } from './format/index.js';

/** A command line the command cannot run: the message says what is wrong; exit code 2. */
export class UsageError extends Error {}

export interface CommandLine {
  readonly command: 'inventory' | 'help' | 'version';
  readonly paths: readonly string[];
  readonly format: FormatName;
  readonly output?: string;
  readonly config?: string;
  readonly failOnFindings: boolean;
}

export const USAGE = `Usage: meta-privacy inventory [paths…] [options]

Lists every place in the given files, directories or globs (default: the current directory) where
data leaves for Meta: the pixel, pixel wrappers, image pixels, the Conversions API over HTTP and
through the SDK. For each: the event, every field sent with its classification and provenance,
the consent and Limited Data Use state, and the findings of the meta-privacy rules there.
Lints with the project's own ESLint and config (a built-in config when there is none), skips what
.gitignore ignores, and never changes a file.

Options:
  -f, --format <name>    ${FORMATS.join(', ')} (default: table)
  -o, --output <file>    write the report to a file instead of standard output
  -c, --config <file>    use this ESLint flat config file instead of looking one up
      --fail-on-findings exit with 1 when a meta-privacy rule reports anything
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 done; 1 findings with --fail-on-findings; 2 usage or configuration error.
Documentation: docs/inventory.md in eslint-plugin-meta-privacy.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on-findings': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Reads the arguments after `meta-privacy`; throws UsageError on anything it cannot use. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals } = parseStrict(argv);
  const [command, ...paths] = positionals;
  const format = values.format ?? 'table';
  const base = { paths, format: 'table' as FormatName, failOnFindings: false };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  if (command === undefined) throw new UsageError('missing command: the only command is `inventory`.');
  if (command !== 'inventory') throw new UsageError(`unknown command \`${command}\`: the only command is \`inventory\`.`);
  if (!isFormat(format)) throw new UsageError(`unknown format \`${format}\`: use one of ${FORMATS.join(', ')}.`);
  if (values.output === '') throw new UsageError('--output needs a file name.');
  return {
    command,
    paths: paths.length > 0 ? paths : ['.'],
    format,
    output: values.output,
    config: values.config,
    failOnFindings: values['fail-on-findings'] ?? false,
  };
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; keep its first sentence.
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '.'));
  }
}
