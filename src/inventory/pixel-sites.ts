import type { TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../analysis/index.js';
import { USER_DATA_KEYS } from '../analysis/catalog/capi.js';
import { IMAGE_PIXEL_DPO_PARAMETERS } from '../analysis/catalog/ldu.js';
import type { PixelCommand } from '../analysis/catalog/pixel.js';
import { TRACKING_COMMANDS } from '../analysis/catalog/pixel.js';
import { consentAction } from '../analysis/facts/consent.js';
import { getLdu } from '../analysis/facts/ldu.js';
import { slotFields, slotValues } from '../analysis/facts/event-data.js';
import type { ImagePixelUrl, PixelCall, UrlParameter } from '../analysis/sinks/index.js';
import { urlParts, urlShape } from '../analysis/sinks/urls.js';
import type { SiteDraft } from './draft.js';
import { siteDraft } from './draft.js';
import type { FieldDraft } from './fields.js';
import { eventNameOf, fieldOf, objectFieldsOf, staticFieldOf } from './fields.js';
import { consentState, lduStateOf } from './states.js';
import type { LduState } from './types.js';

/** Pixel commands a Limited Data Use decision applies to. */
const LDU_COMMANDS: ReadonlySet<PixelCommand> = new Set<PixelCommand>(['init', 'dataProcessingOptions', ...TRACKING_COMMANDS]);
/** Image-pixel parameters that are not data about the visitor: the pixel id, the event name, the `noscript` flag, the LDU settings. */
const IMAGE_PIXEL_CONTROL_KEYS: ReadonlySet<string> = new Set(['id', 'ev', 'noscript', ...Object.values(IMAGE_PIXEL_DPO_PARAMETERS)]);
const IMAGE_PIXEL_KEY = /^(?:ud|cd)\[(.+)\]$/;

/** The pixel calls and base-code loaders of a file. */
export function pixelSites(analysis: FileAnalysis): SiteDraft[] {
  const { pixelCalls, pixelLoaders } = analysis.sinks;
  const fileLdu = lduStateOf(getLdu(analysis).pixel);
  return [...pixelCalls.map((call) => pixelCallSite(analysis, call, fileLdu)), ...pixelLoaders.map((node) => loaderSite(analysis, node, fileLdu))];
}

function pixelCallSite(analysis: FileAnalysis, call: PixelCall, fileLdu: LduState): SiteDraft {
  const tracking = TRACKING_COMMANDS.has(call.command);
  return siteDraft({
    node: call.node,
    channel: call.channel === 'fbq' ? 'pixel' : 'wrapper',
    command: call.command,
    call: call.label,
    eventName: tracking ? (call.fixedEventName ?? eventNameOf(analysis, slotValues(analysis, call, 'eventName'))) : null,
    action: consentAction(call, analysis.sourceCode) ?? null,
    fields: pixelFields(analysis, call),
    consent: consentState(analysis, call.node, true),
    ldu: call.command === 'dataProcessingOptions' ? lduStateOf(getLdu(analysis).at(call.node)) : LDU_COMMANDS.has(call.command) ? fileLdu : null,
  });
}

/** Advanced matching of `init` (the pixel hashes what Meta wants hashed), event parameters, and the options object. */
function pixelFields(analysis: FileAnalysis, call: PixelCall): FieldDraft[] {
  const options = objectFieldsOf(analysis, slotFields(analysis, call, 'options'), (key) => ({ key: `options.${key}`, name: key }));
  if (call.command === 'init') {
    const matching = objectFieldsOf(analysis, slotFields(analysis, call, 'advancedMatching'), (key) => ({
      key,
      hashedBy: USER_DATA_KEYS[key]?.hashing === 'required' ? 'pixel' : undefined,
    }));
    return [...matching, ...options];
  }
  if (!TRACKING_COMMANDS.has(call.command)) return [];
  return [...objectFieldsOf(analysis, slotFields(analysis, call, 'params'), (key) => ({ key })), ...options];
}

/**
 * The base-code loader, judged where it is written. A loader inside script text (an inline
 * `<Script>`) is judged by the inline-scripts processor's block, whose findings land on this site.
 */
function loaderSite(analysis: FileAnalysis, node: TSESTree.Node, fileLdu: LduState): SiteDraft {
  return siteDraft({ node, channel: 'pixel', command: 'load', call: 'fbevents.js base code', consent: consentState(analysis, node, true), ldu: fileLdu });
}

/** The image pixel URLs of a file (`https://www.facebook.com/tr?id=…&ev=…&ud[em]=…`). */
export function imagePixelSites(analysis: FileAnalysis): SiteDraft[] {
  return analysis.sinks.imagePixels.map((pixel) => imagePixelSite(analysis, pixel));
}

function imagePixelSite(analysis: FileAnalysis, pixel: ImagePixelUrl): SiteDraft {
  const parameter = (key: string) => pixel.parameters.find((candidate) => candidate.key === key);
  const event = parameter('ev');
  return siteDraft({
    node: pixel.node,
    channel: 'image-pixel',
    command: 'image',
    call: 'image pixel URL',
    endpoint: urlShape(urlParts(analysis.sourceCode, pixel.node), '{}').split('?')[0] ?? null,
    eventName: event?.value ? eventNameOf(analysis, [event.value]) : (event?.text ?? null),
    fields: pixel.parameters.filter((candidate) => !IMAGE_PIXEL_CONTROL_KEYS.has(candidate.key)).map((candidate) => imageField(analysis, pixel, candidate)),
    consent: consentState(analysis, pixel.node, false),
    ldu: lduStateOf(getLdu(analysis).at(pixel.node)),
  });
}

function imageField(analysis: FileAnalysis, pixel: ImagePixelUrl, parameter: UrlParameter): FieldDraft {
  const name = IMAGE_PIXEL_KEY.exec(parameter.key)?.[1] ?? parameter.key;
  if (parameter.value) return fieldOf(analysis, { key: parameter.key, name, value: parameter.value });
  const keyData = parameter.key.startsWith('ud[') ? USER_DATA_KEYS[name]?.pii : undefined;
  return staticFieldOf(parameter.key, parameter.text ?? '', pixel.node, keyData);
}
