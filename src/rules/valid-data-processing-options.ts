import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { FileAnalysis } from '../analysis/index.js';
import { getConsent } from '../analysis/facts/consent.js';
import { slotValues } from '../analysis/facts/event-data.js';
import type { DpoPart } from '../analysis/catalog/ldu.js';
import {
  CAPI_DPO_FIELDS,
  IMAGE_PIXEL_DPO_PARAMETERS,
  LDU_COUNTRIES,
  LDU_COUNTRY_ALIASES,
  LDU_MODE,
  LDU_STATES,
  SDK_DPO_SETTERS,
} from '../analysis/catalog/ldu.js';
import { arrayElements, objectFields, singleValueOf, variableOf } from '../util/resolve.js';
import type { FileSinks, ImagePixelUrl, PixelCall, SdkCall, ServerEventPayload } from '../analysis/sinks/index.js';
import { createRule } from '../util/create-rule.js';
import { appSlotValues, formFieldValue } from '../analysis/facts/app-events.js';
import { snippet, staticValue, unwrap } from '../util/ast.js';
import { moveStatementBefore, statementOf } from '../util/fixes.js';

export type Options = [{ requireLdu: boolean }];
export type MessageIds =
  | 'afterInit'
  | 'moveAboveInit'
  | 'invalidMode'
  | 'notArray'
  | 'lduWithoutLocation'
  | 'missingState'
  | 'stateWithoutCountry'
  | 'lduWithoutCountry'
  | 'invalidCountry'
  | 'invalidState'
  | 'missingPixelDpo'
  | 'missingEventDpo';

const COUNTRY_VALUES = '1 (United States) or 0 (let Meta geolocate)';

export default createRule<Options, MessageIds>({
  name: 'valid-data-processing-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce Limited Data Use settings that Meta applies: data processing options before pixel init, with exact modes, country and state values',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      afterInit: '{{call}} comes after {{init}} (line {{line}}), so the pixel has already started without it. Meta: data processing options must be set before init. Move this call above the init.',
      moveAboveInit: 'Move this call above {{init}}.',
      invalidMode: "{{value}} is not a data processing option: the only mode is 'LDU', exactly as written (or an empty list, which turns Limited Data Use off).",
      notArray: "{{part}} must be an array — ['LDU'] to enable Limited Data Use, [] to turn it off — not {{value}}.",
      lduWithoutLocation: "{{where}} enables Limited Data Use without a country and state. Pass both, as Meta documents: `['LDU'], 0, 0` lets Meta geolocate the visitor, `['LDU'], 1, 1000` is California.",
      missingState: '{{where}} sets the country ({{value}}) but no state. Meta: "If you set a country, you must also set a state" — add 0 (geolocate) or a state code from 1000 to 1013.',
      stateWithoutCountry: `{{where}} sets a state ({{value}}) without a country. Set the country too: ${COUNTRY_VALUES}.`,
      lduWithoutCountry: `{{where}} enables Limited Data Use without \`data_processing_options_country\`, which Meta requires with LDU: add ${COUNTRY_VALUES}.`,
      invalidCountry: `{{value}} is not a data processing country: Meta accepts ${COUNTRY_VALUES}.{{hint}}`,
      invalidState: '{{value}} is not a data processing state: Meta accepts 0 (let Meta geolocate) or a code from 1000 (California) to 1013 (Rhode Island).{{hint}}',
      missingPixelDpo: "{{call}} starts the pixel without data processing options. This project requires a Limited Data Use decision: call `fbq('dataProcessingOptions', ['LDU'], 0, 0)` (or `[]` to turn it off) before init.",
      missingEventDpo: "{{where}} never sets data processing options. This project requires a Limited Data Use decision on every server event: `data_processing_options: ['LDU']` with `data_processing_options_country` (or `[]` to turn it off).",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireLdu: {
            type: 'boolean',
            description: 'Also report a pixel `init` in a file that never sets data processing options, and a server event (CAPI payload or SDK `ServerEvent`) that never sets them (for businesses with US visitors).',
          },
        },
      },
    ],
    defaultOptions: [{ requireLdu: false }],
  },
  create(context, [options]) {
    const analysis = getAnalysis(context);
    const { sinks } = analysis;
    if (!hasDpoSinks(sinks)) return {};
    const { sourceCode } = context;
    const reported = new Set<string>();
    const report: Report = (node, messageId, data = {}, suggest = null) => {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    };

    const dpoCalls = sinks.pixelCalls.filter((call) => call.command === 'dataProcessingOptions');
    const inits = sinks.pixelCalls.filter((call) => call.command === 'init').sort((a, b) => a.node.range[0] - b.node.range[0]);
    for (const call of dpoCalls) checkOrder(analysis, call, inits, report);
    if (options.requireLdu && dpoCalls.length === 0) {
      for (const init of inits) report(init.node, 'missingPixelDpo', { call: init.label });
    }
    const decisions = [
      ...dpoCalls.flatMap((call) => pixelDecisions(analysis, call)),
      ...sinks.serverEvents.flatMap((event) => eventDecision(analysis, event, options.requireLdu, report)),
      ...sdkDecisions(sourceCode, sinks.sdkCalls, options.requireLdu, report),
      ...sinks.imagePixels.flatMap(imageDecision),
      ...appDecisions(analysis),
    ];
    for (const decision of decisions) checkDecision(decision, report);
    return {};
  },
});

type Suggestions = Parameters<TSESLint.RuleContext<MessageIds, Options>['report']>[0]['suggest'];
type Report = (node: TSESTree.Node, messageId: MessageIds, data?: Record<string, string>, suggest?: Suggestions) => void;

/** A value as written: the node, its static value (`UNKNOWN` when not static), its text for messages. */
interface DpoValue {
  readonly node: TSESTree.Node;
  readonly value: unknown;
  readonly text: string;
}

/** One data processing decision, wherever it is written: a pixel call, a server event, an image pixel. */
interface Decision {
  /** How messages name the place: `fbq('dataProcessingOptions')`, `This server event`. */
  readonly where: string;
  /** How messages name the modes: `The first argument of fbq('dataProcessingOptions')`, `` `data_processing_options` ``. */
  readonly modesName: string;
  /** The modes as written, or undefined when not set here. */
  readonly modes?: DpoValue;
  /** The mode strings, when the modes are a list (for the image pixel, the comma-separated `dpo`). */
  readonly modeList?: readonly DpoValue[];
  readonly country: readonly DpoValue[];
  readonly state: readonly DpoValue[];
  /** The pixel and the image pixel need both country and state with LDU; CAPI only the country. */
  readonly requiresState: boolean;
  /** react-native-fbsdk-next passes a missing country and state as 0 (let Meta geolocate), so `['LDU']` alone is complete. */
  readonly locationOptional?: boolean;
}

const UNKNOWN = Symbol('unknown');

function hasDpoSinks(sinks: FileSinks): boolean {
  return (
    sinks.pixelCalls.some((call) => call.command === 'dataProcessingOptions' || call.command === 'init') ||
    sinks.serverEvents.length > 0 ||
    sinks.sdkCalls.some((call) => call.className === 'ServerEvent') ||
    sinks.imagePixels.some((pixel) => pixel.parameters.some((parameter) => parameter.key === IMAGE_PIXEL_DPO_PARAMETERS.modes)) ||
    sinks.appEvents.some((call) => call.kind === 'dataProcessing') ||
    sinks.appEventsRequests.length > 0
  );
}

/** `fbq('dataProcessingOptions', …)` after `fbq('init', …)` in program order: report it, suggest moving it up. */
function checkOrder(analysis: FileAnalysis, call: PixelCall, inits: readonly PixelCall[], report: Report): void {
  const consent = getConsent(analysis);
  const init = inits.find((candidate) => consent.runsBefore(candidate.node, call.node));
  if (!init) return;
  const target = call.channel === 'react-facebook-pixel' ? undefined : moveTarget(analysis, call.node, init.node);
  const statement = statementOf(call.node);
  const suggest =
    target && statement
      ? [{ messageId: 'moveAboveInit' as const, data: { init: init.label }, fix: moveStatementBefore(analysis.sourceCode, statement, target) }]
      : null;
  report(call.node, 'afterInit', { call: call.label, init: init.label, line: String(init.node.loc.start.line) }, suggest);
}

/**
 * The statement to move a misplaced call above: the one holding the init in the same block as the
 * call's own statement, when nothing the call uses is declared between the two.
 */
function moveTarget(analysis: FileAnalysis, call: TSESTree.CallExpression, init: TSESTree.Node): TSESTree.Node | undefined {
  const statement = statementOf(call);
  const block = statement?.parent;
  if (!statement || !block) return undefined;
  let target: TSESTree.Node = init;
  while (target.parent && target.parent !== block) target = target.parent;
  if (target.parent !== block || target.range[0] >= statement.range[0]) return undefined;
  const between: TSESTree.Range = [target.range[0], statement.range[0]];
  return usesDeclarationIn(analysis, call, between) ? undefined : target;
}

/** Whether `node` reads a variable declared inside `range` (moving it above that declaration would break it). */
function usesDeclarationIn(analysis: FileAnalysis, node: TSESTree.Node, range: TSESTree.Range): boolean {
  return analysis.sourceCode.getScope(node).references.some(
    (reference) =>
      reference.identifier.range[0] >= node.range[0] &&
      reference.identifier.range[1] <= node.range[1] &&
      (reference.resolved?.defs.some((def) => def.name.range[0] >= range[0] && def.name.range[0] < range[1]) ?? false),
  );
}

/** The decisions of one pixel call: one per value the modes argument stands for (a helper's callers). */
function pixelDecisions(analysis: FileAnalysis, call: PixelCall): Decision[] {
  const { sourceCode } = analysis;
  const values = (slot: 'dpoCountry' | 'dpoState') => slotValues(analysis, call, slot).map((node) => jsValue(sourceCode, node));
  return slotValues(analysis, call, 'dpoModes').map((modes) => ({
    where: call.label,
    modesName: `The first argument of ${call.label}`,
    modes: jsValue(sourceCode, modes),
    modeList: jsList(sourceCode, modes),
    country: values('dpoCountry'),
    state: values('dpoState'),
    requiresState: true,
  }));
}

/** A CAPI server event object: `data_processing_options`, `_country`, `_state`. */
function eventDecision(analysis: FileAnalysis, event: ServerEventPayload, requireLdu: boolean, report: Report): Decision[] {
  const { sourceCode } = analysis;
  const fields = objectFields(sourceCode, event.node);
  const valuesOf = (part: DpoPart) => fields.filter((field) => field.key === CAPI_DPO_FIELDS[part]).map((field) => jsValue(sourceCode, field.value));
  const modes = valuesOf('modes')[0];
  if (!modes) {
    if (requireLdu) report(fields.find((field) => field.key === 'event_name')?.node ?? event.node, 'missingEventDpo', { where: 'This server event' });
    return [];
  }
  return [
    {
      where: 'This server event',
      modesName: '`data_processing_options`',
      modes,
      modeList: jsList(sourceCode, modes.node),
      country: valuesOf('country'),
      state: valuesOf('state'),
      requiresState: false,
    },
  ];
}

/** facebook-nodejs-business-sdk `ServerEvent`s, grouped by instance: their `setDataProcessingOptions*` calls. */
function sdkDecisions(sourceCode: Readonly<TSESLint.SourceCode>, calls: readonly SdkCall[], requireLdu: boolean, report: Report): Decision[] {
  const instances = new Map<TSESTree.Node, SdkCall[]>();
  for (const call of calls) {
    if (call.className !== 'ServerEvent') continue;
    const root = instanceRoot(sourceCode, call.node);
    instances.set(root, [...(instances.get(root) ?? []), call]);
  }
  const decisions: Decision[] = [];
  for (const [root, group] of instances) {
    const valuesOf = (part: DpoPart) =>
      group.filter((call) => SDK_DPO_SETTERS[call.method] === part && call.args[0]).map((call) => jsValue(sourceCode, call.args[0]!));
    const modes = valuesOf('modes')[0];
    if (!modes) {
      if (requireLdu && root.type === AST_NODE_TYPES.NewExpression) report(root, 'missingEventDpo', { where: 'This ServerEvent' });
      continue;
    }
    decisions.push({
      where: 'This ServerEvent',
      modesName: 'The argument of setDataProcessingOptions()',
      modes,
      modeList: jsList(sourceCode, modes.node),
      country: valuesOf('country'),
      state: valuesOf('state'),
      requiresState: false,
    });
  }
  return decisions;
}

/** `new ServerEvent()` behind a chain of setters or a variable holding it. */
function instanceRoot(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  for (let steps = 0; steps < 50; steps++) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      current = unwrap(current.callee.object);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(sourceCode, current);
      const value = variable && singleValueOf(variable);
      if (!value) return variable?.defs[0]?.name ?? current;
      current = unwrap(value);
    } else {
      break;
    }
  }
  return current;
}

/** The image pixel's `dpo`, `dpoco` and `dpost` parameters. */
function imageDecision(pixel: ImagePixelUrl): Decision[] {
  const valuesOf = (part: DpoPart): DpoValue[] =>
    pixel.parameters
      .filter((parameter) => parameter.key === IMAGE_PIXEL_DPO_PARAMETERS[part])
      .map((parameter) => ({
        node: parameter.value ?? pixel.node,
        value: parameter.text ?? UNKNOWN,
        text: parameter.text === undefined ? `${parameter.key}=…` : `\`${parameter.key}=${parameter.text}\``,
      }));
  const modes = valuesOf('modes')[0];
  if (!modes) return [];
  const modeList =
    typeof modes.value === 'string'
      ? modes.value.split(',').filter(Boolean).map((mode) => ({ ...modes, value: mode, text: `\`dpo=${mode}\`` }))
      : undefined;
  return [{ where: 'This image pixel URL', modesName: '`dpo`', modes, modeList, country: valuesOf('country'), state: valuesOf('state'), requiresState: true }];
}

/**
 * App Events decisions: `Settings.setDataProcessingOptions(modes, country?, state?)` of the SDKs
 * (react-native-fbsdk-next fills a missing country and state with 0; Cordova passes them on as
 * given, so it needs both, like the pixel), and the App Events API's `data_processing_options*`
 * fields, whose modes are a JSON list in a form field (country required with LDU, as for CAPI).
 */
function appDecisions(analysis: FileAnalysis): Decision[] {
  const { sourceCode } = analysis;
  const decisions: Decision[] = [];
  for (const call of analysis.sinks.appEvents) {
    const modes = call.kind === 'dataProcessing' ? call.slots.modes : undefined;
    if (!modes) continue;
    const part = (slot: 'country' | 'state') => appSlotValues(analysis, call, slot).map((node) => jsValue(sourceCode, node));
    decisions.push({
      where: call.label,
      modesName: `The first argument of ${call.label}`,
      modes: jsValue(sourceCode, modes),
      modeList: jsList(sourceCode, modes),
      country: part('country'),
      state: part('state'),
      requiresState: true,
      locationOptional: call.sdk === 'react-native-fbsdk-next',
    });
  }
  for (const request of analysis.sinks.appEventsRequests) {
    const valuesOf = (part: DpoPart) =>
      request.fields.filter((field) => field.key === CAPI_DPO_FIELDS[part] && field.value).map((field): DpoValue => {
        const found = formFieldValue(analysis, field.value!);
        return { node: field.value!, value: found ? found.value : UNKNOWN, text: snippet(sourceCode, field.value!) };
      });
    const modes = valuesOf('modes')[0];
    if (!modes) continue;
    decisions.push({
      where: 'This App Events API request',
      modesName: '`data_processing_options`',
      modes,
      modeList: Array.isArray(modes.value) ? modes.value.map((value: unknown) => ({ ...modes, value, text: JSON.stringify(value) })) : undefined,
      country: valuesOf('country'),
      state: valuesOf('state'),
      requiresState: false,
    });
  }
  return decisions;
}

function jsValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): DpoValue {
  const found = staticValue(unwrap(node), sourceCode.getScope(node));
  return { node, value: found ? found.value : UNKNOWN, text: snippet(sourceCode, node) };
}

/** The elements of an array literal (through constants), each with its value. */
function jsList(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): DpoValue[] | undefined {
  return arrayElements(sourceCode, node)?.map((element) => jsValue(sourceCode, element));
}

/** Every value check on one decision: modes, country, state, and what LDU needs with it. */
function checkDecision(decision: Decision, report: Report): void {
  const { modes } = decision;
  if (!modes) return;
  const modeList = decision.modeList ?? (Array.isArray(modes.value) ? modes.value.map((value: unknown) => ({ ...modes, value, text: JSON.stringify(value) })) : undefined);
  if (!modeList) {
    if (modes.value !== UNKNOWN) report(modes.node, 'notArray', { part: decision.modesName, value: modes.text });
    return;
  }
  for (const mode of modeList) {
    if (typeof mode.value === 'string' && mode.value !== LDU_MODE) report(mode.node, 'invalidMode', { value: mode.text });
  }
  const country = decision.country.filter(isSet);
  const state = decision.state.filter(isSet);
  for (const value of country) checkCode(value, 'country', report);
  for (const value of state) checkCode(value, 'state', report);
  const ldu = modeList.some((mode) => mode.value === LDU_MODE);
  const where = decision.where;
  if (decision.locationOptional) return;
  if (ldu && country.length === 0) {
    if (decision.requiresState && state.length === 0) report(modes.node, 'lduWithoutLocation', { where });
    else if (!decision.requiresState) report(modes.node, 'lduWithoutCountry', { where });
    else report(state[0]!.node, 'stateWithoutCountry', { where, value: state[0]!.text });
  } else if (country.length === 0 && state.length > 0) {
    report(state[0]!.node, 'stateWithoutCountry', { where, value: state[0]!.text });
  } else if (ldu && decision.requiresState && state.length === 0) {
    report(country[0]!.node, 'missingState', { where, value: country[0]!.text });
  }
}

/** A country or state that is given (not absent, `undefined` or `null`). */
function isSet(value: DpoValue): boolean {
  return value.value !== undefined && value.value !== null;
}

function checkCode(value: DpoValue, part: 'country' | 'state', report: Report): void {
  if (value.value === UNKNOWN) return;
  const code = numericCode(value.value);
  const valid = part === 'country' ? LDU_COUNTRIES : LDU_STATES;
  if (code !== undefined && valid.has(code)) return;
  report(value.node, part === 'country' ? 'invalidCountry' : 'invalidState', { value: value.text, hint: hintFor(value.value, part) });
}

/** An integer code, written as a number or as digits. */
function numericCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** `'US'` → the United States is 1; `'CA'` / `'California'` → California is 1000. */
function hintFor(value: unknown, part: 'country' | 'state'): string {
  if (typeof value !== 'string') return '';
  const text = value.trim().toLowerCase();
  if (part === 'country') return LDU_COUNTRY_ALIASES.has(text) ? ' The United States is 1.' : '';
  for (const [code, state] of LDU_STATES) {
    if (code !== 0 && (state.abbreviation.toLowerCase() === text || state.name.toLowerCase() === text)) return ` ${state.name} is ${code}.`;
  }
  return '';
}
