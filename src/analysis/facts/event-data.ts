import type { TSESTree } from '@typescript-eslint/utils';
import type { PixelCall } from '../sinks/types.js';
import type { FileAnalysis } from '../index.js';
import type { Field } from '../../util/resolve.js';
import { concreteValues, objectFields } from '../../util/resolve.js';
import type { PixelSlot } from '../catalog/pixel.js';

/**
 * The fields of the objects passed in one slot of a pixel call (`params`, `options`,
 * `advancedMatching`), following variables, spreads and local helpers' callers.
 */
export function slotFields(analysis: FileAnalysis, call: PixelCall, slot: PixelSlot): Field[] {
  const argument = call.slots[slot];
  if (!argument) return [];
  return concreteValues(analysis.sourceCode, argument).flatMap((value) => objectFields(analysis.sourceCode, value));
}

/** The expressions one slot of a pixel call stands for (its callers' arguments for a local helper's parameter). */
export function slotValues(analysis: FileAnalysis, call: PixelCall, slot: PixelSlot): TSESTree.Node[] {
  const argument = call.slots[slot];
  return argument ? concreteValues(analysis.sourceCode, argument) : [];
}

