/**
 * The ESLint options module of a multithread inventory run (`ESLint.fromOptionsModule`): each worker
 * thread imports it, with the run's parameters in its URL, and rebuilds the options — plugin objects
 * and `ruleFilter` cannot be passed to a thread. The collecting rule announces the files it visits
 * on the run's channel, which the main thread's progress listens to.
 */
import { announcer, eslintOptions, paramsOfUrl } from './eslint-options.js';

const params = paramsOfUrl(import.meta.url);

export default await eslintOptions(params, announcer(params.progressChannel));
