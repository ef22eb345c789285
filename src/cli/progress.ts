/** How many files a run lints before it shows progress: small runs stay silent. */
export const PROGRESS_THRESHOLD = 300;
/** Without a terminal (CI logs), one line every this many files. */
const LOG_EVERY = 1000;

interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress indicator on standard error for long runs: on a terminal one line rewritten in place,
 * otherwise a line when the threshold is passed and every thousand files after.
 */
export function createProgress(stream: ProgressStream): { update(files: number): void; done(): void } {
  let shown = false;
  let last = 0;
  return {
    update(files) {
      if (files < PROGRESS_THRESHOLD) return;
      if (stream.isTTY) {
        if (files - last < 10 && shown) return;
        stream.write(`\r${files} files scanned…`);
      } else {
        if (shown && files - last < LOG_EVERY) return;
        stream.write(`${files} files scanned…\n`);
      }
      shown = true;
      last = files;
    },
    done() {
      if (shown && stream.isTTY) stream.write('\r\u001b[K');
    },
  };
}
