/**
 * Limited Data Use: every data processing decision a file writes — a pixel `dataProcessingOptions`
 * call, a CAPI server event's `data_processing_options*` fields, an SDK `ServerEvent`'s constructor
 * arguments and `setDataProcessingOptions*()` setters, an image pixel's `dpo` / `dpoco` / `dpost`, an
 * App Events SDK's `setDataProcessingOptions()`, an App Events API request's `data_processing_options*`
 * form fields — with the values as written and the state they set. One fact per file: `valid-data-processing-options`
 * checks the values, the data inventory shows the state at each site.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { DpoPart } from '../catalog/ldu.js';
import { CAPI_DPO_FIELDS, IMAGE_PIXEL_DPO_PARAMETERS, LDU_MODE, SDK_DPO_SETTERS } from '../catalog/ldu.js';
import type { FileAnalysis } from '../index.js';
import { perFile } from '../per-file.js';
import { serverEventArgument } from '../sinks/server-event-arguments.js';
import type { AppEventsCall, AppEventsRequest, ImagePixelUrl, PixelCall, SdkCall, ServerEventPayload } from '../sinks/index.js';
import { arrayElements, objectFields, singleValueOf, variableOf } from '../../util/resolve.js';
import { snippet, staticValue, unwrap } from '../../util/ast.js';
import { appSlotValues, formFieldValue } from './app-events.js';
import { slotValues } from './event-data.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A value not known before run time. */
export const UNKNOWN = Symbol('unknown');

/** One setting as written: the node, its static value (`UNKNOWN` when not static), its text. */
export interface DpoValue {
  readonly node: TSESTree.Node;
  readonly value: unknown;
  /** The value as written: the expression, or a URL parameter's text. */
  readonly text: string;
  /** How messages name it: the expression, or `` `dpo=LDU` `` for a URL parameter. */
  readonly label: string;
}

/** `on`: `['LDU']`; `off`: `[]`; `invalid`: modes Meta does not accept; `dynamic`: decided at run time; `not-set`: no modes. */
export type LduStatus = 'on' | 'off' | 'invalid' | 'dynamic' | 'not-set';

export type DecisionKind = 'pixel' | 'server-event' | 'sdk' | 'image-pixel' | 'app-sdk' | 'app-events-api';

/** One data processing decision, wherever it is written. */
export interface LduDecision {
  readonly kind: DecisionKind;
  /** The pixel call, the server event object, the `ServerEvent` instance, the image pixel URL. */
  readonly node: TSESTree.Node;
  /** How messages name the place: `fbq('dataProcessingOptions')`, `This server event`. */
  readonly where: string;
  /** How messages name the modes: `The first argument of fbq('dataProcessingOptions')`, `` `data_processing_options` ``. */
  readonly modesName: string;
  /** The modes as written, or undefined when not set here. */
  readonly modes?: DpoValue;
  /** The mode strings, when the modes are a list. */
  readonly modeList?: readonly DpoValue[];
  readonly country: readonly DpoValue[];
  readonly state: readonly DpoValue[];
  /** The pixel and the image pixel need both country and state with LDU; CAPI only the country. */
  readonly requiresState: boolean;
  /** react-native-fbsdk-next passes a missing country and state as 0 (let Meta geolocate), so `['LDU']` alone is complete. */
  readonly locationOptional?: boolean;
  readonly status: LduStatus;
}

export interface FileLdu {
  /** Every decision of the file in sink order; a pixel call whose modes stand for several values (a helper's callers) has one per value. */
  readonly decisions: readonly LduDecision[];
  /** The file's first `dataProcessingOptions` decision: what applies to its other pixel calls. */
  readonly pixel: LduDecision | undefined;
  /** The file's first App Events SDK decision: what applies to the events it logs. */
  readonly appSdk: LduDecision | undefined;
  /** The (first) decision written at a node: a pixel call, a server event object, a `new ServerEvent()`, an image pixel URL. */
  at(node: TSESTree.Node): LduDecision | undefined;
}

export const getLdu = perFile((analysis): FileLdu => {
  const { sinks, sourceCode } = analysis;
  const decisions = [
    ...sinks.pixelCalls.filter((call) => call.command === 'dataProcessingOptions').flatMap((call) => pixelDecisions(analysis, call)),
    ...sinks.serverEvents.map((event) => eventDecision(sourceCode, event)),
    ...sdkDecisions(sourceCode, sinks.sdkCalls),
    ...sinks.imagePixels.map(imageDecision),
    ...sinks.appEvents.filter((call) => call.kind === 'dataProcessing').map((call) => appSdkDecision(analysis, call)),
    ...sinks.appEventsRequests.map((request) => appEventsApiDecision(analysis, request)),
  ];
  const byNode = new Map<TSESTree.Node, LduDecision>();
  for (const decision of decisions) if (!byNode.has(decision.node)) byNode.set(decision.node, decision);
  return {
    decisions,
    pixel: decisions.find((decision) => decision.kind === 'pixel'),
    appSdk: decisions.find((decision) => decision.kind === 'app-sdk'),
    at: (node) => byNode.get(node),
  };
});

function decision(parts: Omit<LduDecision, 'status'>): LduDecision {
  return { ...parts, status: statusOf(parts) };
}

function statusOf({ modes, modeList }: Pick<LduDecision, 'modes' | 'modeList'>): LduStatus {
  if (!modes) return 'not-set';
  if (!modeList) return modes.value === UNKNOWN ? 'dynamic' : 'invalid';
  if (modeList.some((mode) => mode.value === UNKNOWN)) return 'dynamic';
  if (modeList.length === 0) return 'off';
  return modeList.every((mode) => mode.value === LDU_MODE) ? 'on' : 'invalid';
}

/** The decisions of one pixel call: one per value the modes argument stands for (none set: one without modes). */
function pixelDecisions(analysis: FileAnalysis, call: PixelCall): LduDecision[] {
  const { sourceCode } = analysis;
  const values = (slot: 'dpoCountry' | 'dpoState') => slotValues(analysis, call, slot).map((node) => jsValue(sourceCode, node));
  const base = { kind: 'pixel' as const, node: call.node, where: call.label, modesName: `The first argument of ${call.label}`, requiresState: true };
  const country = values('dpoCountry');
  const state = values('dpoState');
  const modes = slotValues(analysis, call, 'dpoModes');
  if (modes.length === 0) return [decision({ ...base, country, state })];
  return modes.map((node) => decision({ ...base, ...modesOf(sourceCode, node), country, state }));
}

/** A CAPI server event object: `data_processing_options`, `_country`, `_state` (a later key wins, as in JavaScript). */
function eventDecision(sourceCode: SourceCode, event: ServerEventPayload): LduDecision {
  const fields = objectFields(sourceCode, event.node);
  const valuesOf = (part: DpoPart) => {
    const last = fields.filter((field) => field.key === CAPI_DPO_FIELDS[part]).at(-1);
    return last ? [jsValue(sourceCode, last.value)] : [];
  };
  const modes = valuesOf('modes')[0];
  return decision({
    kind: 'server-event',
    node: event.node,
    where: 'This server event',
    modesName: '`data_processing_options`',
    ...(modes ? modesOf(sourceCode, modes.node) : {}),
    country: valuesOf('country'),
    state: valuesOf('state'),
    requiresState: false,
  });
}

/**
 * facebook-nodejs-business-sdk `ServerEvent`s, one decision per instance: the data processing
 * options passed to its constructor, then its `setDataProcessingOptions*()` calls.
 */
function sdkDecisions(sourceCode: SourceCode, calls: readonly SdkCall[]): LduDecision[] {
  const instances = new Map<TSESTree.Node, SdkCall[]>();
  for (const call of calls) {
    if (call.className !== 'ServerEvent') continue;
    const root = instanceRoot(sourceCode, call.node);
    instances.set(root, [...(instances.get(root) ?? []), call]);
  }
  return [...instances].map(([root, group]) => {
    const construct = group.find((call) => call.method === 'constructor');
    const positional = construct ? constructorDpo(sourceCode, construct) : undefined;
    const valuesOf = (part: DpoPart) => [
      ...(positional?.[part] ? [positional[part]] : []),
      ...group.filter((call) => SDK_DPO_SETTERS[call.method] === part && call.args[0]).map((call) => jsValue(sourceCode, call.args[0]!)),
    ];
    const modes = valuesOf('modes')[0];
    return decision({
      kind: 'sdk',
      node: root,
      where: 'This ServerEvent',
      modesName: positional?.modes ? `The \`${CAPI_DPO_FIELDS.modes}\` argument of new ServerEvent()` : 'The argument of setDataProcessingOptions()',
      ...(modes ? modesOf(sourceCode, modes.node) : {}),
      country: valuesOf('country'),
      state: valuesOf('state'),
      requiresState: false,
    });
  });
}

/** The data processing options passed by position to `new ServerEvent(…)`; `undefined` / `null` leave a part unset. */
function constructorDpo(sourceCode: SourceCode, construct: SdkCall): Partial<Record<DpoPart, DpoValue>> {
  const parts: Partial<Record<DpoPart, DpoValue>> = {};
  for (const part of ['modes', 'country', 'state'] as const) {
    const argument = serverEventArgument(sourceCode, construct, CAPI_DPO_FIELDS[part]);
    const value = argument && jsValue(sourceCode, argument);
    if (value && value.value !== undefined && value.value !== null) parts[part] = value;
  }
  return parts;
}

/** `new ServerEvent()` behind a chain of setters or a variable holding it. */
function instanceRoot(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node {
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

/** The image pixel's `dpo`, `dpoco` and `dpost` parameters (`dpo` holds comma-separated modes). */
function imageDecision(pixel: ImagePixelUrl): LduDecision {
  const valuesOf = (part: DpoPart): DpoValue[] =>
    pixel.parameters
      .filter((parameter) => parameter.key === IMAGE_PIXEL_DPO_PARAMETERS[part])
      .map((parameter) => ({
        node: parameter.value ?? pixel.node,
        value: parameter.text ?? UNKNOWN,
        text: parameter.text ?? '…',
        label: parameter.text === undefined ? `${parameter.key}=…` : `\`${parameter.key}=${parameter.text}\``,
      }));
  const modes = valuesOf('modes')[0];
  const modeList =
    modes && typeof modes.value === 'string'
      ? modes.value
          .split(',')
          .filter(Boolean)
          .map((mode) => ({ ...modes, value: mode, text: mode, label: `\`dpo=${mode}\`` }))
      : undefined;
  return decision({
    kind: 'image-pixel',
    node: pixel.node,
    where: 'This image pixel URL',
    modesName: '`dpo`',
    modes,
    modeList,
    country: valuesOf('country'),
    state: valuesOf('state'),
    requiresState: true,
  });
}

/**
 * `Settings.setDataProcessingOptions(modes, country?, state?)` of an App Events SDK:
 * react-native-fbsdk-next fills a missing country and state with 0; Cordova passes them on as
 * given, so it needs both, like the pixel.
 */
function appSdkDecision(analysis: FileAnalysis, call: AppEventsCall): LduDecision {
  const { sourceCode } = analysis;
  const values = (slot: 'country' | 'state') => appSlotValues(analysis, call, slot).map((node) => jsValue(sourceCode, node));
  return decision({
    kind: 'app-sdk',
    node: call.node,
    where: call.label,
    modesName: `The first argument of ${call.label}`,
    ...(call.slots.modes ? modesOf(sourceCode, call.slots.modes) : {}),
    country: values('country'),
    state: values('state'),
    requiresState: true,
    locationOptional: call.sdk === 'react-native-fbsdk-next',
  });
}

/** An App Events API request's `data_processing_options*` form fields: the modes are a JSON list (country required with LDU, as for CAPI). */
function appEventsApiDecision(analysis: FileAnalysis, request: AppEventsRequest): LduDecision {
  const { sourceCode } = analysis;
  const valuesOf = (part: DpoPart) =>
    request.fields.flatMap((field): DpoValue[] => {
      if (field.key !== CAPI_DPO_FIELDS[part] || !field.value) return [];
      const found = formFieldValue(analysis, field.value);
      const text = snippet(sourceCode, field.value);
      return [{ node: field.value, value: found ? found.value : UNKNOWN, text, label: text }];
    });
  const modes = valuesOf('modes')[0];
  const modeList =
    modes && Array.isArray(modes.value) ? modes.value.map((value: unknown) => ({ ...modes, value, text: JSON.stringify(value), label: JSON.stringify(value) })) : undefined;
  return decision({
    kind: 'app-events-api',
    node: request.node,
    where: 'This App Events API request',
    modesName: '`data_processing_options`',
    modes,
    modeList,
    country: valuesOf('country'),
    state: valuesOf('state'),
    requiresState: false,
  });
}

/** Modes written as an expression: the value, and its elements when it is a list. */
function modesOf(sourceCode: SourceCode, node: TSESTree.Node): Pick<LduDecision, 'modes' | 'modeList'> {
  const modes = jsValue(sourceCode, node);
  const elements = arrayElements(sourceCode, node)?.map((element) => jsValue(sourceCode, element));
  const modeList = elements ?? (Array.isArray(modes.value) ? modes.value.map((value: unknown) => ({ ...modes, value, text: JSON.stringify(value), label: JSON.stringify(value) })) : undefined);
  return { modes, modeList };
}

function jsValue(sourceCode: SourceCode, node: TSESTree.Node): DpoValue {
  const found = staticValue(unwrap(node), scopeAt(sourceCode, node));
  const text = snippet(sourceCode, node);
  return { node, value: found ? found.value : UNKNOWN, text, label: text };
}
