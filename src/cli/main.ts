import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import metaPrivacy from '../index.js';
import { count } from '../inventory/report.js';
import { InventoryError, runInventory } from '../inventory/run.js';
import type { InventoryReport } from '../inventory/types.js';
import type { CommandLine } from './args.js';
import { EXIT, parseCommandLine, USAGE, UsageError } from './args.js';
import { formatReport } from './format/index.js';
import { createProgress } from './progress.js';

/** Where the command reads and writes: the process by default, something else in tests. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { readonly isTTY?: boolean; write(text: string): unknown };
  readonly stderr: { readonly isTTY?: boolean; write(text: string): unknown };
}

const PREFIX = 'meta-privacy:';

/** Runs `meta-privacy <argv>` and returns the exit code: 0 done, 1 findings with --fail-on-findings, 2 usage or configuration error, 3 files not read. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let commandLine: CommandLine;
  try {
    commandLine = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${PREFIX} ${error.message}\nRun \`meta-privacy --help\` for usage.\n`);
    return EXIT.usage;
  }
  if (commandLine.command === 'help') io.stdout.write(USAGE);
  else if (commandLine.command === 'version') io.stdout.write(`${metaPrivacy.meta.version}\n`);
  else return inventory(commandLine, io);
  return 0;
}

async function inventory(commandLine: CommandLine, io: Io): Promise<number> {
  const progress = createProgress(io.stderr, commandLine.progress);
  let report: InventoryReport;
  try {
    report = await runInventory({
      cwd: io.cwd,
      patterns: commandLine.paths,
      configFile: commandLine.config,
      concurrency: commandLine.concurrency,
      cache: commandLine.cache,
      cacheLocation: commandLine.cacheLocation,
      cacheStrategy: commandLine.cacheStrategy,
      errorOnUnmatchedPattern: commandLine.errorOnUnmatchedPattern,
      progress,
      onNotice: (message) => io.stderr.write(`${PREFIX} ${message}\n`),
    });
  } catch (error) {
    progress?.done();
    io.stderr.write(`${PREFIX} ${describeError(error)}\n`);
    return EXIT.usage;
  }
  progress?.done();
  if (!writeReport(report, commandLine, io)) return EXIT.usage;
  if (report.errors.length > 0) {
    io.stderr.write(`${PREFIX} ${unreadFiles(report)}\n`);
    return EXIT.unreadFiles;
  }
  return commandLine.failOnFindings && report.summary.findings > 0 ? EXIT.findings : EXIT.done;
}

/** How many files were not read, naming the first few and why. */
function unreadFiles(report: InventoryReport): string {
  const files = [...new Map(report.errors.map((error) => [error.file, error])).values()];
  const shown = files.slice(0, 5).map((error) => `  ${error.file}${error.line === null ? '' : `:${error.line}`}: ${error.message}`);
  const more = files.length > shown.length ? [`  and ${count(files.length - shown.length, 'more file')}`] : [];
  const verb = files.length === 1 ? 'was' : 'were';
  return [`${count(files.length, 'file')} ${verb} not read, so the data flows in ${files.length === 1 ? 'it are' : 'them are'} missing from the report (exit code 3):`, ...shown, ...more].join('\n');
}

/** Prints the report, or writes it to --output (creating missing directories); false when the file cannot be written. */
function writeReport(report: InventoryReport, commandLine: CommandLine, io: Io): boolean {
  const color = commandLine.format === 'table' && !commandLine.output && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const text = formatReport(report, commandLine.format, { color, summary: commandLine.summary });
  if (!commandLine.output) {
    io.stdout.write(text);
    return true;
  }
  const file = path.resolve(io.cwd, commandLine.output);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    io.stderr.write(`${PREFIX} cannot write ${commandLine.output}: ${(error as Error).message}\n`);
    return false;
  }
  io.stderr.write(`${PREFIX} ${count(report.summary.sites, 'data flow')} and ${count(report.summary.findings, 'finding')} written to ${commandLine.output}\n`);
  return true;
}

/** The message of a failure; with its stack when it looks like a bug rather than a configuration problem. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof InventoryError) return error.message;
  const bug = error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError;
  return bug && error.stack ? error.stack : error.message;
}

function processIo(): Io {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}
