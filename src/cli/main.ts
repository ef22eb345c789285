import { writeFileSync } from 'node:fs';
import path from 'node:path';
import metaPrivacy from '../index.js';
import { runInventory } from '../inventory/run.js';
import type { InventoryReport } from '../inventory/types.js';
import type { CommandLine } from './args.js';
import { parseCommandLine, USAGE, UsageError } from './args.js';
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

/** Runs `meta-privacy <argv>` and returns the exit code: 0 done, 1 findings with --fail-on-findings, 2 usage or configuration error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let commandLine: CommandLine;
  try {
    commandLine = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${PREFIX} ${error.message}\nRun \`meta-privacy --help\` for usage.\n`);
    return 2;
  }
  if (commandLine.command === 'help') io.stdout.write(USAGE);
  else if (commandLine.command === 'version') io.stdout.write(`${metaPrivacy.meta.version}\n`);
  else return inventory(commandLine, io);
  return 0;
}

async function inventory(commandLine: CommandLine, io: Io): Promise<number> {
  const progress = createProgress(io.stderr);
  let report: InventoryReport;
  try {
    report = await runInventory({
      cwd: io.cwd,
      patterns: commandLine.paths,
      configFile: commandLine.config,
      onProgress: progress.update,
      onNotice: (message) => io.stderr.write(`${PREFIX} ${message}\n`),
    });
  } catch (error) {
    progress.done();
    io.stderr.write(`${PREFIX} ${describeError(error)}\n`);
    return 2;
  }
  progress.done();
  if (!writeReport(report, commandLine, io)) return 2;
  if (report.errors.length > 0) {
    io.stderr.write(`${PREFIX} ${report.errors.length} file(s) could not be read (see the report's errors): their data flows are missing from it.\n`);
  }
  return commandLine.failOnFindings && report.summary.findings > 0 ? 1 : 0;
}

/** Prints the report, or writes it to --output; false when the file cannot be written. */
function writeReport(report: InventoryReport, commandLine: CommandLine, io: Io): boolean {
  const color = commandLine.format === 'table' && !commandLine.output && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const text = formatReport(report, commandLine.format, { color });
  if (!commandLine.output) {
    io.stdout.write(text);
    return true;
  }
  try {
    writeFileSync(path.resolve(io.cwd, commandLine.output), text);
  } catch (error) {
    io.stderr.write(`${PREFIX} cannot write ${commandLine.output}: ${(error as Error).message}\n`);
    return false;
  }
  io.stderr.write(`${PREFIX} ${report.summary.sites} data flow(s) and ${report.summary.findings} finding(s) written to ${commandLine.output}\n`);
  return true;
}

/** The message of a failure; with its stack when it looks like a bug rather than a configuration problem. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const bug = error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError;
  return bug && error.stack ? error.stack : error.message;
}

function processIo(): Io {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}
