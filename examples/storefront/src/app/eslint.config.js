// The app router's pages and layouts carry Meta's base code in inline <Script> elements, so this
// folder also turns on the plugin's inline-scripts processor: the script text inside <Script>{`…`}
// and dangerouslySetInnerHTML is checked like any other file. (ESLint 10 picks the config closest
// to each file; in a project of your own, add the processor to your one eslint.config.js.)
import metaPrivacy from 'eslint-plugin-meta-privacy';
import storefront from '../../eslint.config.js';

export default [...storefront, metaPrivacy.configs['inline-scripts']];
