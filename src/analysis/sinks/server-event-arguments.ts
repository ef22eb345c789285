import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { SERVER_EVENT_CONSTRUCTOR_PARAMS, SERVER_EVENT_CONSTRUCTOR_PARAMS_BEFORE_APP_DATA } from '../catalog/sdk.js';
import { staticValue, unwrap } from '../../util/ast.js';
import { arrayElements } from '../../util/resolve.js';
import type { SdkCall } from './types.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The argument passed by position to `new ServerEvent(…)` for one of its parameters (`event_id`,
 * `data_processing_options`): at its place since SDK v16.0.2, or one place earlier when the ninth
 * argument is the modes list (older SDKs, whose ninth parameter was not `action_source`). Undefined for
 * any other SDK call, and after a spread (the places are unknown).
 */
export function serverEventArgument(sourceCode: SourceCode, call: SdkCall, param: string): TSESTree.Node | undefined {
  if (call.className !== 'ServerEvent' || call.method !== 'constructor') return undefined;
  const { args } = call;
  const older = args[SERVER_EVENT_CONSTRUCTOR_PARAMS.indexOf('action_source')];
  const params = older && isArrayValue(sourceCode, older) ? SERVER_EVENT_CONSTRUCTOR_PARAMS_BEFORE_APP_DATA : SERVER_EVENT_CONSTRUCTOR_PARAMS;
  const index = params.indexOf(param);
  if (index === -1 || args.slice(0, index + 1).some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  return args[index];
}

function isArrayValue(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return arrayElements(sourceCode, node) !== undefined || Array.isArray(staticValue(unwrap(node), scopeAt(sourceCode, node))?.value);
}
