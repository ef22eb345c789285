import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { FileAnalysis } from '../analysis/index.js';
import { CUSTOM_DATA_STANDARD_KEYS } from '../analysis/catalog/capi.js';
import { STANDARD_EVENTS, TRACKING_COMMANDS } from '../analysis/catalog/pixel.js';
import { SENSITIVE_TERMS } from '../analysis/catalog/sensitive-terms.js';
import { slotFields, slotValues } from '../analysis/facts/event-data.js';
import type { StaticText } from '../analysis/facts/event-names.js';
import {
  CONTENT_DESCRIPTIVE_KEYS,
  CONTENT_STANDARD_KEYS,
  DESCRIPTIVE_KEYS,
  DESCRIPTIVE_SETTERS,
  STATIC_ONLY_KEYS,
  staticTexts,
} from '../analysis/facts/event-names.js';
import type { Field } from '../util/resolve.js';
import type { ImagePixelUrl, SdkCall } from '../analysis/sinks/index.js';
import { arrayElements, concreteValues, objectFields } from '../util/resolve.js';
import type { SensitiveCategory, SensitiveTermMatch, SensitiveTermOptions } from '../analysis/facts/sensitive-terms.js';
import { findSensitiveTerms, SENSITIVE_CATEGORIES, sensitiveCategoryLabel } from '../analysis/facts/sensitive-terms.js';
import type { MetaPrivacySettings } from '../settings.js';
import { APP_DESCRIPTIVE_PARAMETERS, APP_STANDARD_PARAMETERS, APP_STATIC_ONLY_PARAMETERS } from '../analysis/catalog/app-events.js';
import { appParameterFields, appSlotValues, customEventParts } from '../analysis/facts/app-events.js';
import { checkSinksAfterTraversal, createRule } from '../util/create-rule.js';
import { removeProperty } from '../util/fixes.js';
import { ownEntry } from '../util/own-entry.js';

type CategoryMap<T> = { [category in SensitiveCategory]?: T };
export type Options = [{ categories?: CategoryMap<boolean>; allow: string[]; additionalTerms?: CategoryMap<string[]> }];
export type MessageIds = 'eventName' | 'eventData' | 'parameterName' | 'removeProperty';

const TERMS =
  'Meta\'s Business Tools Terms (§1.h) forbid sharing health, financial and other sensitive information, and say the names of events "must not reflect, imply or be based on" it.';

const CATEGORY_DESCRIPTIONS: Readonly<Record<SensitiveCategory, string>> = {
  health: 'Health: conditions, treatments, tests, clinical trials, disability.',
  reproductiveHealth: 'Reproductive health: pregnancy, fertility, contraception, abortion, menopause.',
  mentalHealth: 'Mental health and addiction: diagnoses, therapy, rehab, substance use.',
  sexualOrientation: 'Sexual orientation and gender identity.',
  religion: 'Religion and belief.',
  ethnicity: 'Race, ethnicity, national origin and immigration status.',
  politics: 'Political opinions, voting and trade-union membership.',
  criminalRecord: 'Criminal records and proceedings.',
  financialHardship: 'Financial hardship and credit: credit scores, debt, bankruptcy, payday loans, income.',
  biometric: 'Biometric and genetic data.',
  children: 'Data from or about children under 13.',
};

const categoryProperties = <T>(schemaOf: (category: SensitiveCategory) => T) =>
  Object.fromEntries(SENSITIVE_CATEGORIES.map((category) => [category, schemaOf(category)]));

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-event-data',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow event names and descriptive event data that reveal health, financial or other sensitive information',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      eventName: `The event name {{text}}{{where}} sent by {{sink}} reveals {{category}} ("{{term}}"). ${TERMS} Use a neutral name, such as a standard event.`,
      eventData: `\`{{key}}\` {{text}}{{where}} sent with {{sink}} reveals {{category}} ("{{term}}"). ${TERMS} Send a neutral value, or leave it out.`,
      parameterName: `The parameter name \`{{key}}\` sent with {{sink}} reveals {{category}} ("{{term}}"). ${TERMS} Rename it or leave it out.`,
      removeProperty: 'Remove `{{key}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          categories: {
            type: 'object',
            additionalProperties: false,
            description: 'Turns lexicon categories on or off; every category is on unless set to `false`.',
            properties: categoryProperties((category) => ({ type: 'boolean', description: `In \`categories\`: ${CATEGORY_DESCRIPTIONS[category]} \`false\` turns it off.` })),
          },
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Event names, values or lexicon terms never reported (`PrepCourseViewed`, `therapy`); added to the `allowEventNames` setting.',
          },
          additionalTerms: {
            type: 'object',
            additionalProperties: false,
            description: 'Extra terms by category, in the lexicon notation (`keto*`, `gluten intolerance`); added to the `sensitiveTerms` setting.',
            properties: categoryProperties((category) => ({
              type: 'array',
              items: { type: 'string', minLength: 1 },
              description: `In \`additionalTerms\`: extra terms for ${SENSITIVE_TERMS[category].label}.`,
            })),
          },
        },
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [options]) {
    const analysis = getAnalysis(context);
    return checkSinksAfterTraversal(analysis.mayReachMeta, () => {
      const { sinks } = analysis;
      if (
        sinks.pixelCalls.length + sinks.serverEvents.length + sinks.customData.length + sinks.sdkCalls.length + sinks.imagePixels.length +
          sinks.appEvents.length + sinks.appEventsRequests.length ===
        0
      ) {
        return;
      }
      const checker = new EventDataChecker(context, analysis, termOptions(options, analysis.settings));
      for (const call of sinks.pixelCalls) {
        if (!TRACKING_COMMANDS.has(call.command)) continue;
        for (const name of slotValues(analysis, call, 'eventName')) checker.checkValue(name, { messageId: 'eventName', sink: call.label });
        checker.checkFields(slotFields(analysis, call, 'params'), call.label);
      }
      for (const event of sinks.serverEvents) {
        const name = objectFields(analysis.sourceCode, event.node).find((field) => field.key === 'event_name');
        if (name) checker.checkValue(name.value, { messageId: 'eventName', sink: 'a Conversions API event' });
      }
      for (const payload of sinks.customData) checker.checkFields(objectFields(analysis.sourceCode, payload.node), 'Conversions API custom_data');
      for (const call of sinks.sdkCalls) checker.checkSdkCall(call);
      for (const pixel of sinks.imagePixels) checker.checkImagePixel(pixel);
      for (const call of sinks.appEvents) {
        if (call.kind !== 'event' && call.kind !== 'userProperties') continue;
        for (const name of appSlotValues(analysis, call, 'eventName')) checker.checkValue(name, { messageId: 'eventName', sink: call.label });
        checker.checkFields(appParameterFields(analysis, call), call.label, APP_PARAMETERS);
      }
      for (const request of sinks.appEventsRequests) {
        for (const event of request.events) {
          const { name, parameters } = customEventParts(analysis, event);
          if (name) checker.checkValue(name, { messageId: 'eventName', sink: APP_EVENTS_API });
          checker.checkFields(parameters, APP_EVENTS_API, APP_PARAMETERS);
        }
      }
    });
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** Which fields of an object are free text (judged by value), free text only when static, Meta's own (never judged as custom keys), and how messages name a key. */
interface FieldKeys {
  readonly descriptive: ReadonlySet<string>;
  readonly staticOnly: ReadonlySet<string>;
  readonly standard: ReadonlySet<string>;
  readonly label: (key: string) => string;
}

const EVENT_DATA_KEYS: FieldKeys = { descriptive: DESCRIPTIVE_KEYS, staticOnly: STATIC_ONLY_KEYS, standard: CUSTOM_DATA_STANDARD_KEYS, label: (key) => key };
const CONTENT_ITEM_KEYS: FieldKeys = {
  descriptive: CONTENT_DESCRIPTIVE_KEYS,
  staticOnly: STATIC_ONLY_KEYS,
  standard: CONTENT_STANDARD_KEYS,
  label: (key) => `contents[].${key}`,
};
const APP_PARAMETERS: FieldKeys = { descriptive: APP_DESCRIPTIVE_PARAMETERS, staticOnly: APP_STATIC_ONLY_PARAMETERS, standard: APP_STANDARD_PARAMETERS, label: (key) => key };
const APP_EVENTS_API = 'an App Events API request';
type TextHit = { readonly text: StaticText; readonly match: SensitiveTermMatch };

/** What a checked value is: an event name or descriptive data, the sink it goes to, the key it is sent under. */
interface Target {
  readonly messageId: 'eventName' | 'eventData';
  readonly sink: string;
  readonly key?: string;
  /** The property that sends it, for the removal suggestion. */
  readonly field?: Field;
  /** Only fully static text is judged (`search_string`: otherwise the visitor's own words). */
  readonly staticOnly?: boolean;
}

const IMAGE_PIXEL = 'an image-pixel URL';

/** Checks the sinks of one file and reports each sensitive value once, at the sink argument. */
class EventDataChecker {
  private readonly reported = new Set<TSESTree.Node>();

  constructor(
    private readonly context: Context,
    private readonly analysis: FileAnalysis,
    private readonly terms: SensitiveTermOptions,
  ) {}

  /** Reports the first sensitive text each value can have, at the value (a helper's callers' arguments). */
  checkValue(value: TSESTree.Node, target: Target): void {
    for (const at of concreteValues(this.analysis.sourceCode, value)) {
      if (this.reported.has(at)) continue;
      const hit = this.firstSensitiveText(staticTexts(this.analysis.sourceCode, at), target.staticOnly ?? false);
      if (!hit) continue;
      this.reported.add(at);
      this.report(at, target, hit);
    }
  }

  /**
   * Descriptive keys are judged by their value; other custom keys by their name, then their static value.
   * The items of `contents` likewise, with their own descriptive keys (`title`, `description`, `category`).
   */
  checkFields(fields: readonly Field[], sink: string, keys: FieldKeys = EVENT_DATA_KEYS): void {
    for (const field of fields) {
      const { key } = field;
      if (key === undefined) continue;
      if (key === 'contents' && keys === EVENT_DATA_KEYS) {
        for (const item of arrayElements(this.analysis.sourceCode, field.value) ?? []) this.checkFields(objectFields(this.analysis.sourceCode, item), sink, CONTENT_ITEM_KEYS);
        continue;
      }
      const target: Target = { messageId: 'eventData', sink, key: keys.label(key), field, staticOnly: keys.staticOnly.has(key) };
      if (keys.descriptive.has(key)) this.checkValue(field.value, target);
      else if (!keys.standard.has(key) && !this.checkKey(field.keyNode, key, sink, field, target.key)) this.checkValue(field.value, target);
    }
  }

  checkSdkCall(call: SdkCall): void {
    const argument = call.args[0];
    if (!argument) return;
    const sink = `${call.className}.${call.method}()`;
    if (call.className === 'CustomData' && call.method === 'setCustomProperties') {
      this.checkFields(objectFields(this.analysis.sourceCode, argument), sink);
      return;
    }
    const key = ownEntry(DESCRIPTIVE_SETTERS[call.className], call.method);
    if (key === 'event_name') this.checkValue(argument, { messageId: 'eventName', sink });
    else if (key !== undefined) this.checkValue(argument, { messageId: 'eventData', sink, key, staticOnly: STATIC_ONLY_KEYS.has(key) });
  }

  /** The event name `ev=`, descriptive `cd[content_name]`, and custom `cd[...]` keys and values. */
  checkImagePixel(pixel: ImagePixelUrl): void {
    for (const parameter of pixel.parameters) {
      const name = parameter.key === 'ev' ? 'ev' : /^cd\[(.+)\]$/.exec(parameter.key)?.[1];
      if (name === undefined) continue;
      const custom = name !== 'ev' && !DESCRIPTIVE_KEYS.has(name);
      if (custom && (CUSTOM_DATA_STANDARD_KEYS.has(name) || this.checkKey(pixel.node, parameter.key, IMAGE_PIXEL))) continue;
      const target: Target = { messageId: name === 'ev' ? 'eventName' : 'eventData', sink: IMAGE_PIXEL, key: parameter.key, staticOnly: STATIC_ONLY_KEYS.has(name) };
      if (parameter.value) {
        this.checkValue(parameter.value, target);
        continue;
      }
      const hit = this.firstSensitiveText([{ text: parameter.text ?? '', complete: true, sources: [] }], false);
      if (hit) this.report(pixel.node, target, hit);
    }
  }

  private report(node: TSESTree.Node, target: Target, hit: TextHit): void {
    this.context.report({
      node,
      messageId: target.messageId,
      data: { key: target.key ?? '', sink: target.sink, ...this.describe(hit, node) },
      suggest: this.removal(target.field),
    });
  }

  /** Reports a custom parameter whose name is sensitive (once per property); true when the name is sensitive. */
  private checkKey(node: TSESTree.Node, key: string, sink: string, field?: Field, label = key): boolean {
    const match = findSensitiveTerms(key, this.terms, true)[0];
    if (!match || this.reported.has(node)) return match !== undefined;
    if (field) this.reported.add(node);
    this.context.report({
      node,
      messageId: 'parameterName',
      data: { key: label, sink, category: sensitiveCategoryLabel(match.category), term: match.matched },
      suggest: this.removal(field),
    });
    return true;
  }

  private removal(field: Field | undefined) {
    if (field?.key === undefined || field.node.type !== AST_NODE_TYPES.Property || !field.container) return null;
    return [{ messageId: 'removeProperty' as const, data: { key: field.key }, fix: removeProperty(this.context.sourceCode, field.node) }];
  }

  private firstSensitiveText(texts: readonly StaticText[], staticOnly: boolean): TextHit | undefined {
    for (const text of texts) {
      if ((staticOnly && !text.complete) || STANDARD_EVENTS.has(text.text)) continue;
      const match = findSensitiveTerms(text.text, this.terms)[0];
      if (match) return { text, match };
    }
    return undefined;
  }

  /** Message data for a hit: the text, its category and term, and the line it is written on when not at `at`. */
  private describe({ text, match }: TextHit, at: TSESTree.Node) {
    const outside = text.sources.filter((source) => source.node.range[0] < at.range[0] || source.node.range[1] > at.range[1]);
    const definition = outside.find((source) => findSensitiveTerms(source.text, this.terms).some((found) => found.term === match.term)) ?? outside[0];
    return {
      text: `'${text.text}'`,
      where: definition ? ` (defined on line ${definition.node.loc.start.line})` : '',
      category: sensitiveCategoryLabel(match.category),
      term: match.matched,
    };
  }
}

// Rule options configured for a rule are rebuilt for every file (a rule configured by severity alone
// gets its defaults, the same object each time); merge them with the settings once per distinct value
// so the matcher's compiled-term caches (keyed by object) keep working.
const mergedOptions = new Map<string, SensitiveTermOptions>();
/** The last merge for an options object, so unchanged options are not serialized again for every file. */
const mergedFor = new WeakMap<Options[0], { readonly settings: MetaPrivacySettings; readonly merged: SensitiveTermOptions }>();

/** The rule's options merged with the settings: options extend `allowEventNames` and `sensitiveTerms`. */
function termOptions(options: Options[0], settings: MetaPrivacySettings): SensitiveTermOptions {
  const last = mergedFor.get(options);
  if (last?.settings === settings) return last.merged;
  const merged = mergedByValue(options, settings);
  mergedFor.set(options, { settings, merged });
  return merged;
}

function mergedByValue(options: Options[0], settings: MetaPrivacySettings): SensitiveTermOptions {
  const cacheKey = JSON.stringify([options, settings.allowEventNames, settings.sensitiveTerms]);
  let merged = mergedOptions.get(cacheKey);
  if (!merged) {
    const additionalTerms: CategoryMap<string[]> = {};
    for (const category of SENSITIVE_CATEGORIES) {
      const extra = [...(settings.sensitiveTerms[category] ?? []), ...(options.additionalTerms?.[category] ?? [])];
      if (extra.length > 0) additionalTerms[category] = extra;
    }
    merged = { categories: options.categories ?? {}, allow: [...settings.allowEventNames, ...options.allow], additionalTerms };
    if (mergedOptions.size > 64) mergedOptions.clear();
    mergedOptions.set(cacheKey, merged);
  }
  return merged;
}
