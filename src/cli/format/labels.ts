import type { Normalization } from '../../analysis/catalog/capi.js';
import { NORMALIZATION_LABELS } from '../../analysis/catalog/capi.js';
import { HASH_ALGORITHM_LABELS } from '../../analysis/catalog/hashing.js';
import type { PiiKind } from '../../analysis/catalog/pii-vocabulary.js';
import { PII_KIND_LABELS } from '../../analysis/catalog/pii-vocabulary.js';
import type { Channel, ConsentState, Field, FieldLabel, LduState, Site } from '../../inventory/types.js';

/** The words the human formats (table, Markdown, SARIF messages) use for the report's values. */

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  pixel: 'Meta pixel',
  wrapper: 'pixel wrapper',
  'image-pixel': 'image pixel',
  'capi-http': 'Conversions API (HTTP)',
  'capi-sdk': 'Conversions API (SDK)',
  'app-sdk': 'App Events (app SDK)',
  'web-sdk': 'App Events (JavaScript SDK)',
  'app-events-api': 'App Events API',
  'audience-upload': 'Custom Audience upload',
};

/** `email address`, `phone number`: the catalog's label without its article. */
export function dataLabel(kind: PiiKind): string {
  return PII_KIND_LABELS[kind].replace(/^(?:an?|the) /, '');
}

/** What each label means, for the summary tables' columns. */
export const FIELD_LABEL_HEADINGS: Readonly<Record<FieldLabel, string>> = {
  raw: 'Raw (leak)',
  'hashed-by-meta': "Hashed by Meta's code",
  hashed: 'SHA-256',
  'hashed-not-normalized': 'SHA-256, not normalized',
  'wrong-hash': 'Wrong hash',
  secret: 'Secret',
  sensitive: 'Sensitive',
  unknown: 'Unknown',
  safe: 'Safe',
};

/** Labels a reviewer must act on: personal data or a secret that leaks, a value that reveals too much, a hash Meta cannot match. */
const WARNING_LABELS: ReadonlySet<FieldLabel> = new Set(['raw', 'secret', 'sensitive', 'wrong-hash', 'hashed-not-normalized']);

export function isWarning(label: FieldLabel): boolean {
  return WARNING_LABELS.has(label);
}

/**
 * A field as a reviewer reads it: `raw email address`, `email address, hashed by the pixel`,
 * `SHA-256, normalized`, `MD5 (wrong hash)`, `secret: a credential in source`, `sensitive`.
 */
export function classificationLabel(field: Field): string {
  const { classification: value } = field;
  switch (field.label) {
    case 'secret':
      return 'secret: a credential in the code';
    case 'sensitive':
      return 'sensitive: reveals a sensitive category';
    case 'hashed-by-meta':
      return `${value.kind === 'raw' ? dataLabel(value.pii ?? 'personal') : 'value'} in clear, hashed by the ${field.hashedBy === 'sdk' ? 'SDK' : 'pixel'} before it leaves`;
    case 'raw':
      return `raw ${value.pii ? dataLabel(value.pii) : 'personal data'}`;
    case 'hashed':
    case 'hashed-not-normalized':
      return hashedLabel(field);
    case 'wrong-hash':
      return `${HASH_ALGORITHM_LABELS[value.algorithm ?? 'unknown']} (wrong hash)`;
    case 'unknown':
    case 'safe':
      return field.label;
  }
}

function hashedLabel(field: Field): string {
  const { classification: value } = field;
  const by = value.assumed ? ' (by name)' : '';
  if (value.algorithm !== 'sha256') return `hashed${by}`;
  if (value.normalized === null) return `SHA-256${by}`;
  const missing = value.missingNormalization.map((step) => NORMALIZATION_LABELS[step as Normalization] ?? step);
  return value.normalized ? `SHA-256, normalized${by}` : `SHA-256, not normalized: no ${missing.join(', ')}${by}`;
}

/** `guarded (line 11: !marketingConsent)`, `after revoke (line 31)`, `unguarded`. */
export function consentLabel(consent: ConsentState): string {
  if (consent.status === 'unguarded') return 'unguarded';
  if (consent.status === 'outside-consent') return 'outside consent (customer list)';
  const where = consent.line === null ? '' : ` (line ${consent.line}${consent.text ? `: ${consent.text}` : ''})`;
  return `${consent.status === 'revoke-first' ? 'after revoke' : 'guarded'}${where}`;
}

/** `LDU on (country 1, state 1000)`, `LDU off`, `not set`, `—` where LDU does not apply. */
export function lduLabel(ldu: LduState | null): string {
  if (!ldu) return '—';
  const location = [ldu.country === null ? '' : `country ${ldu.country}`, ldu.state === null ? '' : `state ${ldu.state}`].filter(Boolean).join(', ');
  const details = location ? ` (${location})` : '';
  switch (ldu.status) {
    case 'on':
      return `LDU on${details}`;
    case 'off':
      return `LDU off${details}`;
    case 'invalid':
      return `invalid modes ${ldu.modes ?? ''}${details}`;
    case 'dynamic':
      return `set at run time: ${ldu.modes ?? ''}${details}`;
    case 'not-set':
      return location ? `modes not set${details}` : 'not set';
  }
}

/** The event name, or `—`. */
export function eventLabel(site: Site): string {
  return site.eventName ?? (site.action ? `consent ${site.action}` : '—');
}

/** The rule ids of a site's findings, without the plugin prefix. */
export function findingsLabel(site: Site): string {
  const counts = new Map<string, number>();
  for (const finding of site.findings) {
    const rule = finding.ruleId.replace(/^meta-privacy\//, '');
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  return [...counts].map(([rule, count]) => (count > 1 ? `${rule} ×${count}` : rule)).join(', ');
}

/** The call, and the call that sends it when the payload is built apart: `server event, sent by fetch() (line 60)`. */
export function callLabel(site: Site): string {
  return site.send ? `${site.call}, sent by ${site.send.call} (line ${site.send.line})` : site.call;
}

/** One line of the site summary a notification or a list item gives. */
export function siteSummary(site: Site): string {
  const fields = site.fields.map((field) => `${field.key}: ${classificationLabel(field)}`).join('; ');
  const event = site.eventName ? ` ${site.eventName}` : '';
  return `${CHANNEL_LABELS[site.channel]} ${site.call}${event}${fields ? ` sends ${fields}` : ''}. Consent: ${consentLabel(site.consent)}. LDU: ${lduLabel(site.ldu)}.`;
}
