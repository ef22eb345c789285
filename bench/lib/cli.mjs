// The command line of the bench scripts: node's parseArgs, `--help` printing the usage, and counts.
import { parseArgs } from 'node:util';

/**
 * Parses `argv` with the given option specs (plus `--help`, which prints `usage` and exits).
 * `count(name, fallback)` reads a positive integer option. Arguments that are not options are an
 * error unless `allowPositionals` (then they are returned as `positionals`).
 */
export function parseCommandLine(argv, options, usage, { allowPositionals = false } = {}) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const count = (name, fallback) => {
    const value = Number(values[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a positive integer, got ${values[name]}`);
    return value;
  };
  return { values, positionals, count };
}
