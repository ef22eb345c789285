// vitest's JSON reporter, plus the run's unhandled errors (vitest leaves them out of its JSON, though
// they fail the run). Used by vitest.config.ts in CI; scripts/ci-summary.mjs reads the result.
import { JsonReporter } from 'vitest/reporters';

export default class CiJsonReporter extends JsonReporter {
  /** @type {string[]} */
  unhandledErrors = [];

  async onTestRunEnd(testModules, unhandledErrors = [], reason) {
    this.unhandledErrors = unhandledErrors.map((error) => `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`);
    await super.onTestRunEnd(testModules, unhandledErrors, reason);
  }

  async writeReport(report) {
    await super.writeReport(JSON.stringify({ ...JSON.parse(report), unhandledErrors: this.unhandledErrors }));
  }
}
