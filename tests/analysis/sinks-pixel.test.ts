/** Pixel sinks: the nuxt `$fb` pixel in scripts, argument slots, and project wrappers from settings (issue 17). */
import { describe, expect, it } from 'vitest';
import type { ProbeOptions } from './probe.js';
import { pixelCalls, probe } from './probe.js';

type Options = ProbeOptions;

/** The slots found on the only pixel call of the code. */
function slotsOf(code: string, options?: Options): string[] {
  const [call] = probe(code, options).sinks.pixelCalls;
  return Object.keys(call!.slots);
}

describe('the nuxt pixel ($fb) in scripts', () => {
  it.each([
    ['this.$fb in the options API', "export default { methods: { go() { this.$fb.track('Lead'); } } };", ['wrapper:track@1:36']],
    ['useNuxtApp().$fb', "export const go = () => useNuxtApp().$fb.enable();", ['wrapper:consent@1:25']],
    ['a nuxt app held in a variable, through query()', "const nuxtApp = useNuxtApp();\nnuxtApp.$fb.query('track', 'Lead');", ['wrapper:track@2:1']],
    ['$fb destructured from useNuxtApp()', "const { $fb } = useNuxtApp();\n$fb.disable();", ['wrapper:consent@2:1']],
  ])('finds %s', (_name, code, expected) => {
    expect(pixelCalls(code)).toEqual(expected);
  });

  it.each([
    ['$fb as a computed property', "const key = '$fb';\nnuxtApp[$fb].track('Lead');"],
    ['$fb as the value of another key', "const { pixel: $fb } = useNuxtApp();\n$fb.track('Lead');"],
    ['$fb destructured in a parameter', "export function go({ $fb }) { $fb.track('Lead'); }"],
    ['$fb destructured by an assignment', "let $fb;\n({ $fb } = useNuxtApp());\n$fb.track('Lead');"],
  ])('ignores %s', (_name, code) => {
    expect(pixelCalls(code)).toEqual([]);
  });

  it('finds the nuxt pixel in a file whose other identifiers come first', () => {
    expect(pixelCalls("const a = 1, b = a;\nexport function go(app) { app.$fb.track('Lead', { value: b }); }")).toEqual(['wrapper:track@2:27']);
  });
});

describe('pixel argument slots', () => {
  it('has no slot for an argument not written', () => {
    expect(slotsOf("fbq('track', 'Lead');")).toEqual(['eventName']);
  });

  it('has no slot for a spread argument', () => {
    expect(slotsOf("fbq('track', 'Lead', ...rest);")).toEqual(['eventName']);
  });
});

describe('pixel calls in Vue templates', () => {
  const vue = (template: string) => pixelCalls(`<template>\n${template}\n</template>\n<script setup>\n</script>\n`, { vue: true });

  it('finds window.fbq', () => {
    expect(vue(`<button @click="window.fbq('track', 'Lead')">Go</button>`)).toEqual(['fbq:track@2:17']);
  });

  it('ignores a method of the fbq queue', () => {
    expect(vue(`<button @click="window.fbq.queue.push('track', 'Lead')">Go</button>`)).toEqual([]);
  });
});

describe('pixel wrappers from settings', () => {
  const settings = (...pixelWrappers: object[]) => ({ settings: { 'meta-privacy': { pixelWrappers } } });

  it('reads the command of an fbq-like wrapper from its first argument', () => {
    const options = settings({ name: 'pixel.raw', command: 'fbq' });
    expect(pixelCalls("pixel.raw('trackCustom', 'Signup');\npixel.raw('getState');", options)).toEqual(['wrapper:trackCustom@1:1']);
  });

  it('skips callees that are no name path', () => {
    expect(pixelCalls("getTracker()('Lead');\nfpixel.event('Lead');", settings({ name: 'fpixel.event', command: 'track' }))).toEqual(['wrapper:track@2:1']);
  });

  it('ignores a wrapper on this when a module is given', () => {
    const options = settings({ name: 'this.track', command: 'track', module: '@acme/analytics' });
    expect(pixelCalls("export class A { go() { this.track('Lead'); } }", options)).toEqual([]);
  });

  describe('with a module', () => {
    const options = settings({ name: 'acme.track', command: 'track', module: '@acme/analytics' }, { name: 'trackIt', command: 'track', module: '@acme/analytics' });

    it.each([
      ['a namespace import', "import * as acme from '@acme/analytics';\nacme.track('Lead');", ['wrapper:track@2:1']],
      ['a require', "const acme = require('@acme/analytics');\nacme.track('Lead');", ['wrapper:track@2:1']],
      ['a require in parentheses', "const { trackIt } = (require('@acme/analytics'));\ntrackIt('Lead');", ['wrapper:track@2:1']],
    ])('finds the wrapper through %s', (_name, code, expected) => {
      expect(pixelCalls(code, options)).toEqual(expected);
    });

    it.each([
      ['a global', "trackIt('Lead');"],
      ['a parameter', "export function go(trackIt) { trackIt('Lead'); }"],
      ['a local function', "function trackIt() {}\ntrackIt('Lead');"],
      ['a require of another module', "const acme = require('./acme');\nacme.track('Lead');"],
      ['another call', "const acme = load('@acme/analytics');\nacme.track('Lead');"],
      ['the call of a call', "const acme = load()('@acme/analytics');\nacme.track('Lead');"],
      ['a value that is no call', "const acme = window.acme;\nacme.track('Lead');"],
      ['a variable without a value', "let acme;\nacme.track('Lead');"],
    ])('ignores the same name from %s', (_name, code) => {
      expect(pixelCalls(code, options)).toEqual([]);
    });
  });
});
