/**
 * The layers of src/, enforced (npm run check:layers, part of npm test). Data flows down:
 * cli → inventory → rules / processors → analysis (facts → values → sinks → catalog) → settings → util.
 * Type-only imports are left out: they vanish at run time and only describe shapes.
 */
const layer = (name, path, mayImport) => ({
  name: `${name}-imports-only-below`,
  comment: `${name} may import only: ${mayImport.join(', ')}`,
  severity: 'error',
  from: { path },
  to: { path: '^src/', pathNot: [path, ...mayImport], dependencyTypesNot: ['type-only'] },
});

const UTIL = '^src/util/';
const CATALOG = '^src/analysis/catalog/';
const SETTINGS = '^src/settings\\.ts$';
const SINKS = '^src/analysis/sinks/';
const VALUES = '^src/analysis/values/';
const FACTS = '^src/analysis/facts/';
const ANALYSIS = '^src/analysis/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    layer('util', UTIL, []),
    layer('catalog', CATALOG, []),
    layer('settings', SETTINGS, [UTIL, CATALOG]),
    layer('sinks', SINKS, [UTIL, CATALOG, SETTINGS]),
    layer('values', VALUES, [UTIL, CATALOG, SETTINGS, SINKS]),
    layer('facts', FACTS, [UTIL, CATALOG, SETTINGS, SINKS, VALUES, '^src/analysis/(index|per-file)\\.ts$']),
    layer('rules', '^src/rules/', [UTIL, SETTINGS, ANALYSIS]),
    layer('processors', '^src/processors/', [UTIL, SETTINGS, ANALYSIS]),
    layer('inventory', '^src/inventory/', [UTIL, SETTINGS, ANALYSIS, '^src/rules/', '^src/processors/', '^src/index\\.ts$', '^src/configs\\.ts$']),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
