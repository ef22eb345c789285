import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { FileAnalysis } from '../analysis/index.js';
import { getConsent } from '../analysis/facts/consent.js';
import { IMAGE_PIXEL_DPO_PARAMETERS, LDU_COUNTRIES, LDU_COUNTRY_ALIASES, LDU_MODE, LDU_STATES } from '../analysis/catalog/ldu.js';
import type { DpoValue, LduDecision } from '../analysis/facts/ldu.js';
import { getLdu, UNKNOWN } from '../analysis/facts/ldu.js';
import { objectFields } from '../util/resolve.js';
import type { FileSinks, PixelCall } from '../analysis/sinks/index.js';
import { checkSinksAfterTraversal, createRule } from '../util/create-rule.js';
import { moveStatementBefore, statementOf } from '../util/fixes.js';
import { scopeAt } from '../util/scope-at.js';

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
    return checkSinksAfterTraversal(analysis.mayReachMeta, () => {
      const { sinks } = analysis;
      if (!hasDpoSinks(sinks)) return;
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
      for (const decision of getLdu(analysis).decisions) {
        if (decision.modes) checkDecision(decision, report);
        else if (options.requireLdu) reportMissing(context.sourceCode, decision, report);
      }
    });
  },
});

type Suggestions = Parameters<TSESLint.RuleContext<MessageIds, Options>['report']>[0]['suggest'];
type Report = (node: TSESTree.Node, messageId: MessageIds, data?: Record<string, string>, suggest?: Suggestions) => void;

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
  return scopeAt(analysis.sourceCode, node).references.some(
    (reference) =>
      reference.identifier.range[0] >= node.range[0] &&
      reference.identifier.range[1] <= node.range[1] &&
      (reference.resolved?.defs.some((def) => def.name.range[0] >= range[0] && def.name.range[0] < range[1]) ?? false),
  );
}

/** With `requireLdu`: a server event or a `new ServerEvent()` that never sets data processing options. */
function reportMissing(sourceCode: Readonly<TSESLint.SourceCode>, decision: LduDecision, report: Report): void {
  if (decision.kind === 'server-event') {
    const eventName = objectFields(sourceCode, decision.node).find((field) => field.key === 'event_name');
    report(eventName?.node ?? decision.node, 'missingEventDpo', { where: decision.where });
  } else if (decision.kind === 'sdk' && decision.node.type === AST_NODE_TYPES.NewExpression) {
    report(decision.node, 'missingEventDpo', { where: decision.where });
  }
}

/** Every value check on one decision: modes, country, state, and what LDU needs with it. */
function checkDecision(decision: LduDecision, report: Report): void {
  const { modes, modeList } = decision;
  if (!modes) return;
  if (!modeList) {
    if (modes.value !== UNKNOWN) report(modes.node, 'notArray', { part: decision.modesName, value: modes.label });
    return;
  }
  for (const mode of modeList) {
    if (typeof mode.value === 'string' && mode.value !== LDU_MODE) report(mode.node, 'invalidMode', { value: mode.label });
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
    else report(state[0]!.node, 'stateWithoutCountry', { where, value: state[0]!.label });
  } else if (country.length === 0 && state.length > 0) {
    report(state[0]!.node, 'stateWithoutCountry', { where, value: state[0]!.label });
  } else if (ldu && decision.requiresState && state.length === 0) {
    report(country[0]!.node, 'missingState', { where, value: country[0]!.label });
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
  report(value.node, part === 'country' ? 'invalidCountry' : 'invalidState', { value: value.label, hint: hintFor(value.value, part) });
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
