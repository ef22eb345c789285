import { TEXT_HINT_ANCHORS } from '../catalog/text-hint-anchors.js';
import { TEXT_HINTS } from '../catalog/text-hints.js';
import type { TextHintName } from '../catalog/text-hints.js';
import { TextGates } from '../../util/text-gates.js';
import type { GateHits, TextGate } from '../../util/text-gates.js';

const gates = new TextGates<TextHintName>(
  Object.fromEntries(
    Object.entries(TEXT_HINTS).map(([name, pattern]) => {
      const anchors = TEXT_HINT_ANCHORS[name];
      if (!anchors) throw new Error(`text hint '${name}' has no anchors: run \`npm run build && node scripts/text-hint-anchors.mjs\``);
      return [name, { pattern, anchors }];
    }),
  ) as Record<TextHintName, TextGate>,
);

let lastText: string | undefined;
let lastHits: GateHits<TextHintName> | undefined;

/**
 * Which of `TEXT_HINTS` a file's text holds, found in one pass for all of them. Every rule asks for
 * the same text in turn, so the last answer is kept (a string compared with itself costs nothing).
 */
export function textHints(text: string): GateHits<TextHintName> {
  if (text !== lastText || !lastHits) {
    lastHits = gates.scan(text);
    lastText = text;
  }
  return lastHits;
}
