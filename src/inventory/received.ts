import type { ESLint, Linter } from 'eslint';
import type { CollectedSite } from './collect.js';
import { COLLECT_RULE_ID, decodeSite } from './collect.js';
import type { Point } from './positions.js';
import { moveSite } from './positions.js';

/** What the collecting rule reported for one file: its sites, at the positions of the file as written, and why it failed, if it did. */
export interface ReceivedFile {
  readonly sites: readonly CollectedSite[];
  readonly failure: string | undefined;
}

/**
 * Reads the collecting rule's messages of a lint result (suppressed ones too: an `eslint-disable`
 * comment hides findings, not data flows). Positions a processor moved come back through the
 * `position` markers; names it gave to interpolations through the `name` markers.
 */
export function receivedOf(result: ESLint.LintResult): ReceivedFile {
  const messages = [...result.messages, ...(result.suppressedMessages ?? [])].filter((message) => message.ruleId === COLLECT_RULE_ID);
  const positions = new Map<string, Point>();
  const names = new Map<string, Map<string, string>>();
  for (const message of messages) {
    const [block = '', marker = ''] = splitOnce(message.message);
    if (message.messageId === 'position') positions.set(`${block} ${marker}`, { line: message.line, column: message.column });
    else if (message.messageId === 'name') names.set(block, new Map([...(names.get(block) ?? []), ...namePairs(marker)]));
  }
  const sites = messages.filter((message) => message.messageId === 'site').map((message) => placed(message, positions, names));
  const failure = messages.find((message) => message.messageId === 'failure')?.message;
  return { sites, failure };
}

/** A site message's site, where its markers say its positions are (one that went missing: at the site message's own position). */
function placed(message: Linter.LintMessage, positions: ReadonlyMap<string, Point>, names: ReadonlyMap<string, ReadonlyMap<string, string>>): CollectedSite {
  const collected = decodeSite(message.message);
  const block = collected.markers;
  if (block === null) return collected;
  const fallback = { line: message.line, column: message.column };
  const moved = moveSite(collected, (point) => positions.get(`${block} ${point.line}:${point.column}`) ?? fallback);
  const renamed = names.get(block);
  return renamed && renamed.size > 0 ? rename(moved, renamed) : moved;
}

/** `user_email$12` → `${user.email}`: a name marker comes back with the name (not its base64 key) replaced as the processor writes it. */
function namePairs(marker: string): [string, string][] {
  const [key = '', written = ''] = splitOnce(marker);
  return written === '' ? [] : [[Buffer.from(key, 'base64').toString('utf8'), written]];
}

function rename(collected: CollectedSite, names: ReadonlyMap<string, string>): CollectedSite {
  let json = JSON.stringify(collected.site);
  for (const [name, written] of names) if (name !== written) json = json.replaceAll(name, JSON.stringify(written).slice(1, -1));
  return { ...collected, site: JSON.parse(json) as CollectedSite['site'] };
}

function splitOnce(text: string): [string, string] {
  const space = text.indexOf(' ');
  return space === -1 ? [text, ''] : [text.slice(0, space), text.slice(space + 1)];
}
