/**
 * Vue templates (`src/analysis/sinks/vue-template.ts`): the bound link targets and the pixel calls of
 * event handlers, in the attribute and element shapes real components use (issue 17).
 */
import { describe, expect, it } from 'vitest';
import { templateLinks } from '../../src/analysis/sinks/vue-template.js';
import { pixelCalls, probe } from './probe.js';

/** A Vue single-file component: `template` inside `<template>`, `script` inside `<script setup>`. */
function sfc(template: string, script = ''): string {
  return `<template>\n${template}\n</template>\n<script setup>\n${script}\n</script>\n`;
}

/** `element:attribute=expression` of every bound link target found. */
function links(code: string): string[] {
  const result = probe(code, { vue: true });
  return templateLinks(result.sourceCode).map((link) => `${link.element}:${link.attribute}=${result.sourceCode.getText(link.expression)}`);
}

describe('bound link targets', () => {
  it('finds none in a component without a template', () => {
    expect(links("<script setup>\nconst url = `/thanks?email=${form.email}`;\n</script>\n")).toEqual([]);
  });

  it('reads only the link attributes of link elements', () => {
    expect(links(sfc('  <div :class="theme">\n    <a :title="label" :href="url">Go</a>\n  </div>'))).toEqual(['a:href=url']);
  });

  it('reads a link beside a bound object of attributes and an attribute without a value', () => {
    expect(links(sfc('  <a v-bind="linkProps">Profile</a>\n  <a download :href="fileUrl">Export</a>'))).toEqual(['a:href=fileUrl']);
  });

  it('finds the first element of a template written without whitespace', () => {
    expect(links('<template><a :href="url">Go</a></template>\n<script setup>\n</script>\n')).toEqual(['a:href=url']);
  });
});

describe('pixel calls of event handlers', () => {
  const vue = (template: string, script?: string) => pixelCalls(sfc(template, script), { vue: true });

  it('reads the handlers of an element beside a handler without a value and a bound object of attributes', () => {
    expect(vue(`  <form @submit.prevent>\n    <button v-bind="attrs" @click="fbq('track', 'Lead')">Send</button>\n  </form>`)).toEqual(['fbq:track@3:36']);
  });

  it('finds a pixel call inside a callback of a call that is no name path', () => {
    expect(vue(`  <button @click="save().then(() => fbq('track', 'Lead'))">Save</button>`)).toEqual(['fbq:track@2:37']);
  });

  it('finds window.fbq when the script declares its own fbq', () => {
    expect(vue(`  <button @click="window.fbq('track', 'Lead')">Go</button>`, 'const fbq = (...args) => console.log(args);')).toEqual(['fbq:track@2:19']);
  });

  it("takes another object's track() for no nuxt pixel", () => {
    expect(vue(`  <button @click="analytics.track('Lead')">Go</button>\n  <button @click="$fb.track('ViewContent')">See</button>`)).toEqual(['wrapper:track@3:19']);
  });
});
