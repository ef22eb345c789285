import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { AppMethod, AppSdk, ArgumentAt } from '../catalog/app-events.js';
import {
  AFTER_VALUE_TO_SUM,
  APP_EVENTS_API_FIELDS,
  APP_SDK_METHODS,
  CAPACITOR_ANALYTICS_EXPORT,
  CAPACITOR_ANALYTICS_MODULES,
  CAPACITOR_CORE,
  CAPACITOR_LOGIN_MODULE,
  CORDOVA_GLOBAL,
  EXPO_PLUGIN,
  REACT_NATIVE_MODULES,
  WEB_SDK_GLOBAL,
} from '../catalog/app-events.js';
import { GLOBAL_OBJECTS } from '../catalog/pixel.js';
import { keyName, lastName, memberPath, snippet, staticString, staticValue, unwrap } from '../../util/ast.js';
import { argumentsForParameter, arrayElements, objectFields, resolveObjects, singleValueOf, variableOf } from '../../util/resolve.js';
import type { FileTracker, TraceMap } from './tracker.js';
import { CALL, ESM } from './tracker.js';
import type { AppConfigPlugin, AppEventsCall, AppEventsRequest, AppSlot, RequestField } from './types.js';
import type { MetaRequestTarget } from './requests.js';
import { queryParameters, urlParts } from './urls.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Entry = TraceMap<AppInfo>[string];
interface AppInfo {
  readonly sdk: AppSdk;
  readonly method: string;
  readonly spec: AppMethod;
}

/** The trace-map entry of an object whose methods are App Events calls. */
function methodsEntry(sdk: AppSdk, methods: Readonly<Record<string, AppMethod>>): Entry {
  return Object.fromEntries(Object.entries(methods).map(([method, spec]) => [method, { [CALL]: { sdk, method, spec } }]));
}

const REACT_NATIVE_EXPORTS = Object.fromEntries(
  Object.entries(APP_SDK_METHODS.reactNative).map(([name, methods]) => [name, methodsEntry('react-native-fbsdk-next', methods)]),
);
const CAPACITOR_ANALYTICS = methodsEntry('capacitor', APP_SDK_METHODS.capacitorAnalytics);

/** Modules: react-native-fbsdk-next (named, default, require), the Capacitor plugins, Capacitor 2's `Plugins`. */
const MODULE_MAP: TraceMap<AppInfo> = {
  ...Object.fromEntries(REACT_NATIVE_MODULES.map((name) => [name, { [ESM]: true, ...REACT_NATIVE_EXPORTS, default: REACT_NATIVE_EXPORTS }])),
  ...Object.fromEntries(CAPACITOR_ANALYTICS_MODULES.map((name) => [name, { [ESM]: true, [CAPACITOR_ANALYTICS_EXPORT]: CAPACITOR_ANALYTICS }])),
  [CAPACITOR_CORE.module]: { [ESM]: true, [CAPACITOR_CORE.registry]: { [CAPACITOR_ANALYTICS_EXPORT]: CAPACITOR_ANALYTICS } },
  [CAPACITOR_LOGIN_MODULE.module]: { [ESM]: true, [CAPACITOR_LOGIN_MODULE.export]: methodsEntry('capacitor', APP_SDK_METHODS.capacitorLogin) },
};

/** Globals: Cordova's `facebookConnectPlugin` and the web SDK's `FB.AppEvents`, bare or on `window`. */
const GLOBAL_ENTRIES: Record<string, Entry> = {
  [CORDOVA_GLOBAL]: methodsEntry('cordova', APP_SDK_METHODS.cordova),
  [WEB_SDK_GLOBAL.object]: { [WEB_SDK_GLOBAL.property]: methodsEntry('javascript-sdk', APP_SDK_METHODS.web) },
};
const GLOBAL_MAP: TraceMap<AppInfo> = {
  ...GLOBAL_ENTRIES,
  ...Object.fromEntries(GLOBAL_OBJECTS.map((name) => [name, GLOBAL_ENTRIES])),
};

/**
 * Every App Events SDK call of a file, through imports, `require()`, dynamic `import()`, aliases and
 * destructuring (`const { AppEventsLogger } = require('react-native-fbsdk-next')`), and globals.
 */
export function findAppEventsCalls(sourceCode: SourceCode, tracker: FileTracker, dynamicImports: readonly TSESTree.ImportExpression[]): AppEventsCall[] {
  const calls = new Map<TSESTree.Node, AppEventsCall>();
  const found = [
    ...tracker.modules(MODULE_MAP),
    ...dynamicImports.flatMap((node) => tracker.dynamicImport(node, MODULE_MAP)),
    ...tracker.globals(GLOBAL_MAP),
  ];
  for (const { node, info } of found) {
    if (node.type !== AST_NODE_TYPES.CallExpression || calls.has(node)) continue;
    calls.set(node, appEventsCall(sourceCode, node, info));
  }
  return [...calls.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

function appEventsCall(sourceCode: SourceCode, node: TSESTree.CallExpression, { sdk, method, spec }: AppInfo): AppEventsCall {
  const slots: Partial<Record<AppSlot, TSESTree.Node>> = {};
  const put = (slot: AppSlot, at: ArgumentAt | undefined) => {
    const argument = at === undefined ? undefined : argumentAt(sourceCode, node, at);
    if (argument) slots[slot] = argument;
  };
  put('eventName', spec.eventName);
  put('params', spec.params === AFTER_VALUE_TO_SUM ? paramsAfterValueToSum(sourceCode, node) : spec.params);
  put('value', spec.value);
  put('modes', spec.dpo?.modes);
  put('country', spec.dpo?.country);
  put('state', spec.dpo?.state);
  return {
    node,
    sdk,
    channel: sdk === 'javascript-sdk' ? 'web-sdk' : 'app-sdk',
    kind: spec.kind,
    method,
    label: `${snippet(sourceCode, node.callee)}()`,
    slots,
    fixedEventName: spec.fixedEventName,
    fixedFlag: spec.fixedFlag,
  };
}

/** An argument by position, or a property of the options object passed first. */
function argumentAt(sourceCode: SourceCode, node: TSESTree.CallExpression, at: ArgumentAt): TSESTree.Node | undefined {
  const argument = node.arguments[typeof at === 'number' ? at : 0];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return typeof at === 'number' ? argument : objectFields(sourceCode, argument).findLast((field) => field.key === at)?.value;
}

/** RN `logEvent(name, params)`, `(name, valueToSum)`, `(name, valueToSum, params)`: the argument that holds the params. */
function paramsAfterValueToSum(sourceCode: SourceCode, node: TSESTree.CallExpression): number | undefined {
  if (node.arguments.length >= 3) return 2;
  const second = node.arguments[1];
  if (!second || second.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return typeof staticValue(second, scopeAt(sourceCode, second))?.value === 'number' ? undefined : 1;
}

/** `plugins: [['react-native-fbsdk-next', { autoLogAppEventsEnabled, … }]]` in an Expo app config. */
export function findAppConfigs(sourceCode: SourceCode, objects: readonly TSESTree.ObjectExpression[]): AppConfigPlugin[] {
  if (!sourceCode.text.includes(EXPO_PLUGIN)) return [];
  return objects.filter((object) => {
    const entry = object.parent;
    return (
      entry?.type === AST_NODE_TYPES.ArrayExpression &&
      entry.elements[1] === object &&
      entry.elements[0] !== null &&
      entry.elements[0] !== undefined &&
      staticString(entry.elements[0], scopeAt(sourceCode, entry)) === EXPO_PLUGIN
    );
  }).map((node) => ({ node }));
}

/** Properties of an HTTP client's options object that say it is options, not the body itself. */
const OPTION_KEYS: ReadonlySet<string> = new Set(['body', 'json', 'form', 'method', 'headers']);
const BODY_KEYS: readonly string[] = ['body', 'json', 'form', 'data'];
/** Calls that serialize a body without changing its fields. */
const SERIALIZERS: ReadonlySet<string> = new Set(['JSON.stringify', 'qs.stringify', 'querystring.stringify', 'URLSearchParams', 'FormData']);
/** Methods that add a field to URLSearchParams / FormData. */
const FIELD_ADDERS: ReadonlySet<string> = new Set(['append', 'set']);
const MAX_BODY_DEPTH = 6;

/** A request to the App Events API, with its form or JSON fields (query string included) and custom events. */
export function appEventsRequest(sourceCode: SourceCode, target: MetaRequestTarget): AppEventsRequest {
  const { node, url, config } = target;
  const bodySource = config ?? target.options;
  const fields = [
    ...queryParameters(urlParts(sourceCode, url)).map((parameter) => ({ ...parameter, node: parameter.value ?? url })),
    ...(bodySource ? requestBodyFields(sourceCode, bodySource, config !== undefined) : []),
  ].flatMap((field) => expandUserData(sourceCode, field));
  const events = fields
    .filter((field) => field.key === APP_EVENTS_API_FIELDS.customEvents && field.value)
    .flatMap((field) => customEvents(sourceCode, field.value!));
  return { node, url, fields, events };
}

/** The body's fields: the second argument itself (axios), or the `body` / `json` / `form` / `data` of options (fetch, got). */
function requestBodyFields(sourceCode: SourceCode, argument: TSESTree.Node, isConfig: boolean): RequestField[] {
  const objects = resolveObjects(sourceCode, argument);
  const isOptions = isConfig || objects.some((object) => objectFields(sourceCode, object).some((field) => field.key !== undefined && OPTION_KEYS.has(field.key)));
  if (!isOptions) return bodyFields(sourceCode, argument, 0);
  return objects.flatMap((object) =>
    objectFields(sourceCode, object)
      .filter((field) => field.key !== undefined && BODY_KEYS.includes(field.key))
      .flatMap((field) => bodyFields(sourceCode, field.value, 0)),
  );
}

/**
 * The fields a body expression sends: an object literal, `new URLSearchParams({…})` or `FormData`
 * with the `append()` / `set()` calls made on it later, `JSON.stringify(x)`, `params.toString()`,
 * and form strings (`'event=CUSTOM_APP_EVENTS&ud[em]=…'`).
 */
function bodyFields(sourceCode: SourceCode, node: TSESTree.Node, depth: number): RequestField[] {
  if (depth > MAX_BODY_DEPTH) return [];
  const target = unwrap(node);
  const next = (child: TSESTree.Node) => bodyFields(sourceCode, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return objectFields(sourceCode, target).flatMap((field) => (field.key === undefined ? [] : [{ key: field.key, value: field.value, node: field.node, container: field.container }]));
    case AST_NODE_TYPES.Identifier: {
      // A constant's value, or what the callers pass for a helper's parameter.
      const variable = variableOf(sourceCode, target);
      const value = variable && singleValueOf(variable);
      const values = value ? [value] : (argumentsForParameter(sourceCode, target) ?? []);
      return [...values.flatMap(next), ...addedFields(sourceCode, variable)];
    }
    case AST_NODE_TYPES.AwaitExpression:
      return next(target.argument);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const path = memberPath(target.callee)?.join('.');
      const argument = target.arguments[0];
      if (path !== undefined && SERIALIZERS.has(path)) return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? next(argument) : [];
      const callee = unwrap(target.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && lastName(callee) === 'toString' ? next(callee.object) : [];
    }
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
      return queryParameters([{ text: '?' }, ...urlParts(sourceCode, target)]).map((parameter) => ({ ...parameter, node: parameter.value ?? target }));
    default:
      return [];
  }
}

/** `params.append('ud[em]', hash)` / `form.set(…)` calls on a URLSearchParams or FormData variable. */
function addedFields(sourceCode: SourceCode, variable: TSESLint.Scope.Variable | undefined): RequestField[] {
  const fields: RequestField[] = [];
  for (const reference of variable?.references ?? []) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || !FIELD_ADDERS.has(keyName(member) ?? '')) continue;
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
    const [key, value] = call.arguments;
    const name = key && staticString(key, scopeAt(sourceCode, key));
    if (name !== undefined && value && value.type !== AST_NODE_TYPES.SpreadElement) fields.push({ key: name, value, node: call });
  }
  return fields;
}

/** `ud: { em, ph }` (an object or its JSON) is sent as `ud[em]`, `ud[ph]`. */
function expandUserData(sourceCode: SourceCode, field: RequestField): RequestField[] {
  if (field.key !== APP_EVENTS_API_FIELDS.userData || !field.value) return [field];
  const nested = bodyFields(sourceCode, field.value, 0);
  return nested.length > 0 ? nested.map((inner) => ({ ...inner, key: `${APP_EVENTS_API_FIELDS.userData}[${inner.key}]` })) : [field];
}

/** The event objects of `custom_events`: an array, or its JSON. */
function customEvents(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ObjectExpression[] {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression && memberPath(target.callee)?.join('.') === 'JSON.stringify') {
    const argument = target.arguments[0];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? customEvents(sourceCode, argument) : [];
  }
  return (arrayElements(sourceCode, target) ?? []).flatMap((element) => resolveObjects(sourceCode, element));
}
