/**
 * The shared analysis of one file, in the order a value travels through it:
 *
 * - `catalog/` — what Meta defines: pixel commands, CAPI keys and their hashing, SDK classes, consent
 *   APIs, lexicons. Pure data, importing nothing outside itself.
 * - `sinks/`   — where data leaves for Meta in this file (pixel calls, CAPI requests and payloads, SDK
 *   calls, image pixels).
 * - `values/`  — what a value sent there is (raw PII of which kind, hashed how, safe, unknown) and
 *   where it came from.
 * - `facts/`   — what each rule family asks about a sink: consent, Limited Data Use, URLs, event
 *   names and sensitive terms, where code runs.
 *
 * Each layer imports only the ones before it (and `settings` / `util` below them all).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { MetaPrivacySettings } from '../settings.js';
import { readSettings } from '../settings.js';
import { findSinks, mayReachMeta, SinkFreeFile } from './sinks/index.js';
import type { FileSinks } from './sinks/index.js';
import { ValueClassifier } from './values/classify.js';
import { typeEvidenceOf } from './values/type-evidence.js';

/** The shared analysis of one file: computed by the first rule that asks, reused by the others. */
export interface FileAnalysis {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: MetaPrivacySettings;
  /** Whether the file's text can hold a Meta sink at all (when not, `sinks` are all empty). */
  readonly mayReachMeta: boolean;
  readonly sinks: FileSinks;
  readonly values: ValueClassifier;
}

const analyses = new WeakMap<object, FileAnalysis>();

/** The analysis of the file being linted, memoised per SourceCode (so per file and lint run). */
export function getAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const { sourceCode } = context;
  let analysis = analyses.get(sourceCode);
  if (!analysis) {
    const settings = readSettings(context.settings);
    analysis = new LazyAnalysis(sourceCode, settings);
    analyses.set(sourceCode, analysis);
  }
  return analysis;
}

class LazyAnalysis implements FileAnalysis {
  private foundSinks: FileSinks | undefined;
  private textMayReachMeta: boolean | undefined;
  private classifier: ValueClassifier | undefined;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    readonly settings: MetaPrivacySettings,
  ) {}

  get mayReachMeta(): boolean {
    this.textMayReachMeta ??= mayReachMeta(this.sourceCode.text, this.settings);
    return this.textMayReachMeta;
  }

  get sinks(): FileSinks {
    this.foundSinks ??= this.mayReachMeta ? findSinks(this.sourceCode, this.settings) : new SinkFreeFile(this.sourceCode);
    return this.foundSinks;
  }

  /** With a TypeScript program, the classifier also reads types (the checker is fetched here, once per file). */
  get values(): ValueClassifier {
    this.classifier ??= new ValueClassifier(this.sourceCode, this.settings, typeEvidenceOf(this.sourceCode, this.settings));
    return this.classifier;
  }
}
