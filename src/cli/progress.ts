import type { ProgressListener } from '../inventory/run.js';

interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** On a terminal, the line is rewritten at most this often. */
const REFRESH_MS = 100;
/** Without a terminal (`--progress` in a CI log), a line per this share of the files. */
const LOG_STEP = 0.1;
/** Without a terminal and without a known total, a line per this many files. */
const LOG_EVERY = 1000;

export interface Progress extends ProgressListener {
  /** Ends the display: clears the terminal line, or logs the last count. */
  done(): void;
}

/**
 * Progress on standard error: `120 of 1,200 files (240 files/s)`. On a terminal, one line
 * rewritten in place; otherwise nothing, unless `always` (`--progress`), then a line per tenth of
 * the files. Standard output only ever carries the report.
 */
export function createProgress(stream: ProgressStream, always: boolean, now: () => number = performance.now.bind(performance)): Progress | undefined {
  if (!stream.isTTY && !always) return undefined;
  const tty = stream.isTTY === true;
  let total: number | undefined;
  let started = now();
  let lastWrite = -Infinity;
  let lastLogged = 0;
  let current = 0;
  let shown = false;
  const line = (done: number) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? ` (${format(Math.round(done / seconds))} files/s)` : '';
    return `${format(done)}${total === undefined ? '' : ` of ${format(total)}`} file${(total ?? done) === 1 ? '' : 's'} linted${rate}`;
  };
  return {
    start(files) {
      total = files;
      started = now();
    },
    update(done) {
      current = done;
      if (tty) {
        if (now() - lastWrite < REFRESH_MS) return;
        lastWrite = now();
        stream.write(`\r\u001b[K${line(done)}…`);
        shown = true;
        return;
      }
      const step = total === undefined ? LOG_EVERY : Math.max(1, Math.ceil(total * LOG_STEP));
      if (done - lastLogged < step) return;
      lastLogged = done;
      stream.write(`${line(done)}…\n`);
    },
    done() {
      if (tty) {
        if (shown) stream.write('\r\u001b[K');
      } else if (current > 0) {
        stream.write(`${line(current)}.\n`);
      }
    },
  };
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
