import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { IMAGE_PIXEL_PATTERN, PIXEL_LOADER_PATTERN } from '../catalog/pixel.js';
import { NUXT_FACEBOOK_PIXEL } from '../catalog/wrappers.js';
import type { MetaPrivacySettings } from '../../settings.js';
import { FileTracker } from './tracker.js';
import { textHints } from './text-hints.js';
import { resolveObjects } from '../../util/resolve.js';
import { PayloadCollector, requestWithBodies } from './capi.js';
import { findPixelCalls, findWrapperCalls } from './pixel.js';
import { findSdkCalls } from './sdk.js';
import { findAppConfigs, findAppEventsCalls, appEventsRequest } from './app-events.js';
import { templatePixelCalls } from './vue-template.js';
import { Destinations } from './destination.js';
import type { Destination } from './destination.js';
import { mayRequestMetaEndpoint, metaRequestTarget } from './requests.js';
import type { AppEventsRequest, CapiRequest, FileSinks, ImagePixelUrl } from './types.js';
import { queryParameters, urlParts, urlShape } from './urls.js';

export type * from './types.js';
export type { Destination } from './destination.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const NONE: readonly never[] = Object.freeze([]);
const NO_SENDS = { server: new Set<TSESTree.Node>(), clientSdk: new Set<TSESTree.Node>() };

/**
 * The sinks of a file whose text cannot reach Meta: none. Where a value goes is worked out only if a
 * rule asks (an object with Meta's test_event_code key). A class sharing frozen empty lists, not a
 * spread and freeze of an object per file: this runs for almost every file linted, and that cost a few
 * microseconds each time.
 */
export class SinkFreeFile implements FileSinks {
  readonly pixelCalls = NONE;
  readonly pixelLoaders = NONE;
  readonly requests = NONE;
  readonly serverEvents = NONE;
  readonly userData = NONE;
  readonly customData = NONE;
  readonly audiences = NONE;
  readonly audienceRequests = NONE;
  readonly sdkCalls = NONE;
  readonly imagePixels = NONE;
  readonly appEvents = NONE;
  readonly appConfigs = NONE;
  readonly appEventsRequests = NONE;
  private destinations: Destinations | undefined;

  constructor(private readonly sourceCode: SourceCode) {}

  destinationOf(node: TSESTree.Node): Destination {
    this.destinations ??= new Destinations(this.sourceCode, NO_SENDS);
    return this.destinations.of(node);
  }
}

/** Whether the text of a file can contain a Meta sink at all: the cheap check every rule starts with. */
export function mayReachMeta(text: string, settings: MetaPrivacySettings): boolean {
  const hints = textHints(text);
  return (
    hints.has('metaSink') ||
    hints.has('audienceSchema') ||
    text.includes(NUXT_FACEBOOK_PIXEL.property) ||
    settings.pixelWrappers.some((wrapper) => mayCallWrapper(text, wrapper.path))
  );
}

/** A call of `fpixel.event` needs both names in the text (`event` alone is in most files). */
function mayCallWrapper(text: string, path: string): boolean {
  return path.split('.').every((name) => text.includes(name));
}

/** Finds every sink of a file whose text may reach Meta (`mayReachMeta`; else see SinkFreeFile) in one walk of its syntax tree. */
export function findSinks(sourceCode: SourceCode, settings: MetaPrivacySettings): FileSinks {
  const nodes = collectNodes(sourceCode, {
    strings: sourceCode.text.includes('facebook.com/tr') || sourceCode.text.includes('fbevents'),
  });
  const tracker = new FileTracker(sourceCode);
  const pixelCalls = findPixelCalls(sourceCode, tracker, settings, nodes.dynamicImports);
  if (settings.pixelWrappers.length > 0) pixelCalls.push(...findWrapperCalls(sourceCode, nodes.calls.filter(isCall), settings.pixelWrappers).sort(bySource));
  pixelCalls.push(...templatePixelCalls(sourceCode, settings));
  const sdkCalls = findSdkCalls(sourceCode, tracker, nodes.dynamicImports);
  const appEvents = findAppEventsCalls(sourceCode, tracker, nodes.dynamicImports);
  const clientSdk = nodesOf(pixelCalls, appEvents);
  const server = nodesOf(sdkCalls);
  const requests: CapiRequest[] = [];
  const audienceRequests: CapiRequest[] = [];
  const appEventsRequests: AppEventsRequest[] = [];
  if (mayRequestMetaEndpoint(sourceCode.text)) {
    for (const call of nodes.calls) {
      // Pixel and SDK calls (most calls of such a file) are no HTTP requests: their arguments are not read as URLs.
      const target = clientSdk.has(call) || server.has(call) ? undefined : metaRequestTarget(sourceCode, call);
      if (target?.endpoint === 'events') requests.push(requestWithBodies(sourceCode, target));
      else if (target?.endpoint === 'audience-users') audienceRequests.push(requestWithBodies(sourceCode, target));
      else if (target?.endpoint === 'activities') appEventsRequests.push(appEventsRequest(sourceCode, target));
    }
    for (const found of [requests, audienceRequests, appEventsRequests]) found.sort(bySource);
  }
  for (const send of [requests, audienceRequests, appEventsRequests]) for (const { node } of send) server.add(node);
  const destinations = new Destinations(sourceCode, { server, clientSdk });
  const payloads = new PayloadCollector(sourceCode, destinations);
  for (const request of requests) for (const body of request.bodies) payloads.addRequestBody(body);
  for (const request of audienceRequests) for (const body of request.bodies) payloads.addAudienceBody(body);
  const notCapi = clientSdkObjects(sourceCode, [pixelCalls, appEvents], appEventsRequests);
  for (const object of nodes.objects) if (!notCapi.has(object)) payloads.inspect(object);
  const { pixelLoaders, imagePixels } = pixelUrls(sourceCode, nodes.strings);
  return {
    pixelCalls,
    pixelLoaders,
    requests,
    serverEvents: [...payloads.serverEvents.values()],
    userData: [...payloads.userData.values()],
    customData: [...payloads.customData.values()],
    audiences: [...payloads.audiences.values()],
    audienceRequests,
    sdkCalls,
    imagePixels,
    appEvents,
    appConfigs: findAppConfigs(sourceCode, nodes.objects),
    appEventsRequests,
    destinationOf: (node) => destinations.of(node),
  };
}

/**
 * Source order for what was found from the walk's calls, which come in the walk's order: each call is
 * read on its own, so sorting the few found is sorting the calls (a stable sort keeps the walk's order
 * between calls that start together, `fetch(url).then(…)` and its `fetch(url)`).
 */
function bySource(a: { readonly node: TSESTree.Node }, b: { readonly node: TSESTree.Node }): number {
  return a.node.range[0] - b.node.range[0];
}

/** The nodes of the calls in the given lists. */
function nodesOf(...lists: readonly (readonly { readonly node: TSESTree.Node }[])[]): Set<TSESTree.Node> {
  const nodes = new Set<TSESTree.Node>();
  for (const list of lists) for (const { node } of list) nodes.add(node);
  return nodes;
}

/**
 * Advanced matching, event parameters, App Events user data and App Events API bodies may have
 * user_data or server event keys, but they are the pixel's and App Events', not CAPI payloads.
 */
function clientSdkObjects(
  sourceCode: SourceCode,
  calls: readonly (readonly { readonly slots: Readonly<Partial<Record<string, TSESTree.Node>>> }[])[],
  appEventsRequests: readonly AppEventsRequest[],
): Set<TSESTree.Node | undefined> {
  const objects = new Set<TSESTree.Node | undefined>();
  for (const list of calls) {
    for (const call of list) {
      for (const slot of Object.values(call.slots)) if (slot) for (const object of resolveObjects(sourceCode, slot)) objects.add(object);
    }
  }
  for (const request of appEventsRequests) for (const field of request.fields) objects.add(field.container);
  return objects;
}

/** The base-code loaders and image pixels among a file's strings (each string's URL read once for both). */
function pixelUrls(sourceCode: SourceCode, strings: readonly TSESTree.Node[]): { pixelLoaders: TSESTree.Node[]; imagePixels: ImagePixelUrl[] } {
  const pixelLoaders: TSESTree.Node[] = [];
  const imagePixels: ImagePixelUrl[] = [];
  for (const node of strings) {
    const parts = urlParts(sourceCode, node);
    const shape = urlShape(parts);
    if (PIXEL_LOADER_PATTERN.test(shape)) pixelLoaders.push(node);
    if (IMAGE_PIXEL_PATTERN.test(shape)) imagePixels.push({ node, parameters: queryParameters(parts) });
  }
  return { pixelLoaders, imagePixels };
}

interface CollectedNodes {
  /** In the walk's order, not the source's (see bySource). */
  readonly calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  readonly objects: TSESTree.ObjectExpression[];
  readonly dynamicImports: TSESTree.ImportExpression[];
  /** Outermost string-building expressions (literals, templates, `+` chains). */
  readonly strings: TSESTree.Node[];
}

/** One iterative walk over the tree, keeping the node types sink discovery looks at. */
function collectNodes(sourceCode: SourceCode, options: { strings: boolean }): CollectedNodes {
  const collected: CollectedNodes = { calls: [], objects: [], dynamicImports: [], strings: [] };
  const keys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        collected.calls.push(node);
        pushCallChildren(stack, node);
        continue;
      case AST_NODE_TYPES.ObjectExpression:
        collected.objects.push(node);
        break;
      case AST_NODE_TYPES.ImportExpression:
        collected.dynamicImports.push(node);
        break;
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.BinaryExpression:
        if (options.strings && isOutermostString(node)) collected.strings.push(node);
        break;
      // Calls (above), member reads and properties are the commonest nodes with children: theirs are read
      // by name, since a keyed read per child is the walk's main cost, and pushed in visitor-key order as below.
      case AST_NODE_TYPES.MemberExpression:
        pushUnlessBareName(stack, node.object);
        pushUnlessBareName(stack, node.property);
        continue;
      case AST_NODE_TYPES.Property:
        pushUnlessBareName(stack, node.key);
        pushUnlessBareName(stack, node.value);
        continue;
      default:
        break;
    }
    // Indexed loops: an iterator per node here allocated more than the rest of the walk.
    const nodeKeys = keys[node.type] ?? [];
    for (let keyIndex = 0; keyIndex < nodeKeys.length; keyIndex++) {
      const child = (node as unknown as Record<string, unknown>)[nodeKeys[keyIndex]!];
      if (Array.isArray(child)) {
        for (let index = child.length - 1; index >= 0; index--) {
          const item = child[index] as TSESTree.Node | null;
          if (item && !isBareName(item)) stack.push(item);
        }
      } else if (child && typeof child === 'object' && !isBareName(child as TSESTree.Node)) {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return collected;
}

/** A call's children in the order of its visitor keys: `callee`, `typeArguments` (TypeScript), `arguments`. */
function pushCallChildren(stack: TSESTree.Node[], call: TSESTree.CallExpression | TSESTree.NewExpression): void {
  pushUnlessBareName(stack, call.callee);
  if (call.typeArguments) stack.push(call.typeArguments);
  for (let index = call.arguments.length - 1; index >= 0; index--) pushUnlessBareName(stack, call.arguments[index]!);
}

function pushUnlessBareName(stack: TSESTree.Node[], node: TSESTree.Node): void {
  if (!isBareName(node)) stack.push(node);
}

/**
 * A name without a type annotation or decorators: nearly half the nodes of a file, none of them kept,
 * and nothing under them. The walk leaves them off its stack.
 */
function isBareName(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Identifier && !node.typeAnnotation && !(node.decorators?.length);
}

function isCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  return node.type === AST_NODE_TYPES.CallExpression;
}

function isOutermostString(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value !== 'string') return false;
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator !== '+') return false;
  const parent = node.parent;
  return !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') && parent?.type !== AST_NODE_TYPES.TemplateLiteral;
}
