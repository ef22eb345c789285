// The nuxt pixel modules' `$fb` instance as a pixel wrapper (catalog: NUXT_FACEBOOK_PIXEL).
import { describe, expect, it } from 'vitest';
import { probe } from '../analysis/probe.js';

function calls(code: string): string[] {
  const result = probe(code);
  return result.sinks.pixelCalls.map((call) => `${call.label} ${call.command}${call.fixedConsent ? `:${call.fixedConsent}` : ''}@${result.at(call.node)}`);
}

describe('nuxt pixel modules ($fb)', () => {
  it.each([
    ['this.$fb in an options-API method', "export default { methods: { buy() { this.$fb.track('Purchase', { value: 1 }); } } };", ["this.$fb.track() track@1:37"]],
    ['useNuxtApp().$fb', "useNuxtApp().$fb.track('Lead');", ['useNuxtApp().$fb.track() track@1:1']],
    ['nuxtApp.$fb in a plugin', 'export default defineNuxtPlugin((nuxtApp) => {\n  nuxtApp.$fb.enable();\n});', ['nuxtApp.$fb.enable() consent:grant@2:3']],
    ['const { $fb } = useNuxtApp()', "const { $fb } = useNuxtApp();\n$fb.disable();\n$fb.track('ViewContent');", ['$fb.disable() consent:revoke@2:1', '$fb.track() track@3:1']],
    ['an alias of this.$fb', "const fb = this.$fb;\nfb.track('Search');", ['fb.track() track@2:1']],
    ['query() passes through to fbq', "this.$fb.query('trackCustom', 'Signup');", ["this.$fb.query('trackCustom') trackCustom@1:1"]],
  ])('%s', (_name, code, expected) => {
    expect(calls(code)).toEqual(expected);
  });

  it.each([
    ['a computed $fb', "this['$fb'].track('Lead');"],
    ['methods the module config already covers', 'this.$fb.init(); this.$fb.setPixelId(1); this.$fb.setUserData({ em: email });'],
    ['a $fb in text only', "const label = '$fb.track';"],
    ['a different property', "this.$ga.track('Lead');"],
  ])('ignores %s', (_name, code) => {
    expect(calls(code)).toEqual([]);
  });
});
