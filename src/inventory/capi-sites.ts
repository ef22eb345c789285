import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../analysis/index.js';
import { AUDIENCE_SCHEMA_FIELDS } from '../analysis/catalog/audiences.js';
import { MATCH_KEY_PII } from '../analysis/catalog/capi.js';
import { CAPI_DPO_FIELDS } from '../analysis/catalog/ldu.js';
import type { Field } from '../util/resolve.js';
import { objectFields, resolveObjects } from '../util/resolve.js';
import { getLdu } from '../analysis/facts/ldu.js';
import { audienceCells } from '../analysis/sinks/audiences.js';
import { PayloadCollector } from '../analysis/sinks/capi.js';
import type { AudiencePayload, CapiRequest } from '../analysis/sinks/index.js';
import { urlParts, urlShape } from '../analysis/sinks/urls.js';
import { snippet } from '../util/ast.js';
import { ownEntry } from '../util/own-entry.js';
import type { SiteDraft } from './draft.js';
import { siteDraft } from './draft.js';
import type { FieldDraft } from './fields.js';
import { effectiveFields, eventNameOf, fieldOf, objectFieldsOf } from './fields.js';
import { consentState, lduStateOf, OUTSIDE_CONSENT } from './states.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type PayloadKey = 'user_data' | 'custom_data' | 'match_keys';

/** Event keys reported as the event name and the LDU state rather than as fields. */
const EVENT_CONTROL_KEYS: ReadonlySet<string> = new Set(['event_name', ...Object.values(CAPI_DPO_FIELDS)]);

/**
 * The Conversions API sites of a file: one per server event (with the request that sends it, when
 * the file shows it), requests whose events are not visible, and user_data / custom_data /
 * match_keys objects and audience uploads built here outside any server event.
 */
export function capiSites(analysis: FileAnalysis): SiteDraft[] {
  const { sinks, sourceCode } = analysis;
  const sendOf = new Map<TSESTree.Node, CapiRequest>();
  const sites: SiteDraft[] = [];
  for (const request of sinks.requests) {
    const events = eventsSentBy(sourceCode, request);
    for (const event of events) if (!sendOf.has(event)) sendOf.set(event, request);
    if (events.length === 0) sites.push(requestSite(analysis, request));
  }
  const inEvents = new Set<TSESTree.Node>();
  for (const event of sinks.serverEvents) sites.push(eventSite(analysis, event.node, sendOf.get(event.node), inEvents));
  for (const payload of sinks.userData) if (!inEvents.has(payload.node)) sites.push(payloadSite(analysis, payload.node, payload.format));
  for (const payload of sinks.customData) if (!inEvents.has(payload.node)) sites.push(payloadSite(analysis, payload.node, 'custom_data'));
  const uploadOf = new Map<TSESTree.Node, CapiRequest>();
  for (const request of sinks.audienceRequests) {
    for (const audience of audiencesSentBy(sourceCode, request)) if (!uploadOf.has(audience)) uploadOf.set(audience, request);
  }
  for (const audience of sinks.audiences) sites.push(audienceSite(analysis, audience, uploadOf.get(audience.node)));
  return sites;
}

/** The server events in a request's body, found the way the sink finder finds them. */
function eventsSentBy(sourceCode: SourceCode, request: CapiRequest): TSESTree.Node[] {
  const collector = new PayloadCollector(sourceCode);
  for (const body of request.bodies) collector.addRequestBody(body);
  return [...collector.serverEvents.keys()];
}

/** The customer-list uploads in a Custom Audience request's body. */
function audiencesSentBy(sourceCode: SourceCode, request: CapiRequest): TSESTree.Node[] {
  const collector = new PayloadCollector(sourceCode);
  for (const body of request.bodies) collector.addAudienceBody(body);
  return [...collector.audiences.keys()];
}

function eventSite(analysis: FileAnalysis, event: TSESTree.ObjectExpression, request: CapiRequest | undefined, inEvents: Set<TSESTree.Node>): SiteDraft {
  const fields = effectiveFields(objectFields(analysis.sourceCode, event));
  const eventName = fields.find((field) => field.key === 'event_name')?.value;
  return siteDraft({
    node: event,
    channel: 'capi-http',
    command: 'event',
    call: 'server event',
    endpoint: request ? endpointOf(analysis.sourceCode, request) : null,
    eventName: eventName ? eventNameOf(analysis, [eventName]) : null,
    send: request ? { node: request.node, call: callLabel(analysis.sourceCode, request) } : null,
    fields: [...fields.flatMap((field) => eventFields(analysis, field, inEvents)), ...(request ? bodyFields(analysis, request) : [])],
    consent: consentState(analysis, request?.node ?? event, false),
    ldu: lduStateOf(getLdu(analysis).at(event)),
    related: request ? [request.node] : [],
  });
}

/** An event field: the keys of its user_data and custom_data objects, or the field itself. */
function eventFields(analysis: FileAnalysis, field: Field, inEvents: Set<TSESTree.Node>): readonly FieldDraft[] {
  if (field.key === 'user_data' || field.key === 'custom_data') {
    const key = field.key;
    return resolveObjects(analysis.sourceCode, field.value).flatMap((object) => {
      inEvents.add(object);
      return payloadFields(analysis, object, key);
    });
  }
  if (field.key !== undefined && EVENT_CONTROL_KEYS.has(field.key)) return [];
  return [fieldOf(analysis, { key: field.key ?? '[computed]', value: field.value, at: field.node })];
}

function payloadFields(analysis: FileAnalysis, object: TSESTree.Node, prefix: PayloadKey): readonly FieldDraft[] {
  return objectFieldsOf(analysis, objectFields(analysis.sourceCode, object), (key) => ({
    key: `${prefix}.${key}`,
    name: key,
    keyData: prefix === 'match_keys' ? ownEntry(MATCH_KEY_PII, key) : undefined,
  }));
}

/** The request body's own fields (`access_token`, `test_event_code`), not its events. */
function bodyFields(analysis: FileAnalysis, request: CapiRequest): readonly FieldDraft[] {
  const fields = request.bodies.flatMap((body) => objectFields(analysis.sourceCode, body)).filter((field) => field.key !== 'data');
  return objectFieldsOf(analysis, fields, (key) => ({ key }));
}

function requestSite(analysis: FileAnalysis, request: CapiRequest): SiteDraft {
  return siteDraft({
    node: request.node,
    channel: 'capi-http',
    command: 'request',
    call: callLabel(analysis.sourceCode, request),
    endpoint: endpointOf(analysis.sourceCode, request),
    fields: bodyFields(analysis, request),
    consent: consentState(analysis, request.node, false),
  });
}

function payloadSite(analysis: FileAnalysis, object: TSESTree.ObjectExpression, format: PayloadKey): SiteDraft {
  return siteDraft({
    node: object,
    channel: 'capi-http',
    command: format,
    call: `${format} object`,
    fields: payloadFields(analysis, object, format),
    consent: consentState(analysis, object, false),
  });
}

/** A customer-list upload: one field per schema column, judged on its first cell when the rows are visible; the request that sends it, when the file shows it. */
function audienceSite(analysis: FileAnalysis, audience: AudiencePayload, request: CapiRequest | undefined): SiteDraft {
  const cells = audienceCells(analysis.sourceCode, audience);
  return siteDraft({
    node: audience.node,
    channel: 'audience-upload',
    command: 'audience',
    call: 'audience upload',
    endpoint: request ? endpointOf(analysis.sourceCode, request) : null,
    send: request ? { node: request.node, call: callLabel(analysis.sourceCode, request) } : null,
    related: request ? [request.node] : [],
    fields: audience.schema.map((name) =>
      fieldOf(analysis, { key: name, name, keyData: AUDIENCE_SCHEMA_FIELDS[name]?.pii, value: cells.find((cell) => cell.column === name)?.value ?? audience.data }),
    ),
    consent: OUTSIDE_CONSENT,
  });
}

function endpointOf(sourceCode: SourceCode, request: CapiRequest): string {
  return urlShape(urlParts(sourceCode, request.url), '{}');
}

function callLabel(sourceCode: SourceCode, request: CapiRequest): string {
  return `${snippet(sourceCode, request.node.callee)}()`;
}
