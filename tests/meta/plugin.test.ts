import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import vueParser from 'vue-eslint-parser';
import plugin from '../../src/index.js';
import type { ConfigName } from '../../src/configs.js';

const ROOT = join(import.meta.dirname, '../..');
const ruleIds = Object.keys(plugin.rules);
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin object', () => {
  it('has meta with name, version and namespace', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'meta-privacy' });
  });

  it('registers exactly the rule files, in alphabetical order', () => {
    const files = readdirSync(join(ROOT, 'src/rules'))
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(ruleIds).toEqual([...files].sort());
  });

  it.each(ruleIds)('%s has a test file named after it and a matching rule name', (id) => {
    expect(readdirSync(join(ROOT, 'tests/rules'))).toContain(`${id}.test.ts`);
    expect((plugin.rules[id] as { name?: string }).name).toBe(id);
  });
});

describe('configs', () => {
  const docs = (id: string) => plugin.rules[id]!.meta.docs!;
  const entries = (name: ConfigName) => plugin.configs[name].rules!;
  const PRESETS = ['recommended', 'strict', 'all'] as const;
  const JS_TS_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

  it('are named and carry the plugin', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(['all', 'html', 'inline-scripts', 'recommended', 'strict', 'vue']);
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`meta-privacy/${name}`);
      expect(config.plugins!['meta-privacy']).toBe(plugin);
    }
  });

  it('recommended enables exactly the recommended rules at error', () => {
    const expected = Object.fromEntries(ruleIds.filter((id) => docs(id).recommended).map((id) => [`meta-privacy/${id}`, 'error']));
    expect(entries('recommended')).toEqual(expected);
  });

  it('strict enables the recommended rules with their strict options', () => {
    const expected = Object.fromEntries(
      ruleIds
        .filter((id) => docs(id).recommended)
        .map((id) => [`meta-privacy/${id}`, docs(id).strictOptions ? ['error', docs(id).strictOptions] : 'error']),
    );
    expect(entries('strict')).toEqual(expected);
  });

  it('all enables every rule with every check on: the strict options, hashed external_id and Limited Data Use', () => {
    expect(Object.keys(entries('all'))).toEqual(ruleIds.map((id) => `meta-privacy/${id}`));
    for (const id of ruleIds) {
      const strict = entries('strict')[`meta-privacy/${id}`];
      const options = Array.isArray(strict) ? (strict[1] as object) : {};
      expect(entries('all')[`meta-privacy/${id}`], id).toEqual(
        id === 'no-unhashed-identifiers'
          ? ['error', { ...options, hashExternalId: true }]
          : id === 'valid-data-processing-options'
            ? ['error', { ...options, requireLdu: true }]
            : strict,
      );
    }
  });

  it('recommended, strict and all are three different presets, as the README describes them', () => {
    const [recommended, strict, all] = PRESETS.map((name) => JSON.stringify(entries(name)));
    expect(new Set([recommended, strict, all]).size).toBe(3);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/`configs\.strict` adds stricter options/);
    expect(readme).toMatch(/`configs\.all` is `strict` plus/);
  });

  it('strict and all report what recommended lets pass', () => {
    const linter = new Linter({ configType: 'flat' });
    const count = (name: ConfigName, code: string) => linter.verify(code, [plugin.configs[name]], 'capi.js').length;
    // A consented server event with external_id in clear and no data processing options: only `all`
    // asks for the hash (Meta's advice) and a Limited Data Use decision.
    const serverEvent =
      "if (consent.marketing) fetch(`https://graph.facebook.com/v21.0/${PIXEL}/events`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Purchase', action_source: 'website', user_data: { external_id: user.id, client_ip_address: req.ip } }] }) });";
    expect([count('recommended', serverEvent), count('strict', serverEvent), count('all', serverEvent)]).toEqual([0, 0, 2]);
    // A page URL handed to fetch with an email in its query: only from strict on.
    const requestUrl = "fetch(`/api/lead?email=${user.email}`);";
    expect([count('recommended', requestUrl), count('strict', requestUrl), count('all', requestUrl)]).toEqual([0, 1, 1]);
  });

  it.each(PRESETS)('%s lints every JS and TS file type, JSX on, through the plugin\'s parser', (name) => {
    const config = plugin.configs[name];
    expect(config.files).toEqual(JS_TS_FILES);
    expect(config.languageOptions).toEqual({ parser: expect.objectContaining({ meta: { name: 'eslint-plugin-meta-privacy/parser', version: plugin.meta.version } }), parserOptions: { ecmaFeatures: { jsx: true } } });
  });

  it('inline-scripts turns the processor on for the same files, with the same parser', () => {
    expect(plugin.configs['inline-scripts']).toEqual({
      name: 'meta-privacy/inline-scripts',
      files: JS_TS_FILES,
      languageOptions: plugin.configs.recommended.languageOptions,
      plugins: { 'meta-privacy': plugin },
      processor: 'meta-privacy/inline-scripts',
    });
  });

  it.each([
    ['html', ['**/*.html', '**/*.htm']],
    ['vue', ['**/*.vue']],
  ] as const)('%s adds the recommended rules and the image-pixels processor to markup files, and leaves their parser alone', (name, files) => {
    expect(plugin.configs[name]).toEqual({
      name: `meta-privacy/${name}`,
      files,
      plugins: { 'meta-privacy': plugin },
      processor: 'meta-privacy/image-pixels',
      rules: entries('recommended'),
    });
  });

  it.each(Object.keys(plugin.configs) as ConfigName[])('%s is a valid flat config', (name) => {
    const linter = new Linter({ configType: 'flat' });
    const file = name === 'html' ? 'page.html' : name === 'vue' ? 'page.vue' : 'file.js';
    const code = name === 'html' || name === 'vue' ? '<p>hello</p>' : 'fbq("track", "PageView");';
    const config = [plugin.configs[name], ...(name === 'vue' ? [{ files: ['**/*.vue'], languageOptions: { parser: vueParser } }] : [])];
    const html = name === 'html' ? [{ files: ['**/*.html'], processor: { preprocess: () => [''], postprocess: (lists: Linter.LintMessage[][]) => lists.flat() } }] : [];
    expect(() => linter.verify(code, [...config, ...html], file)).not.toThrow();
  });
});

describe('rule meta and options', () => {
  it.each(ruleIds)('%s: schema descriptions, camelCase message ids and valid defaults', (id) => {
    const rule = plugin.rules[id]!;
    const [schema] = rule.meta.schema as unknown as [{ additionalProperties: boolean; properties: Record<string, { description?: string }> }];
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties)) expect(property.description, name).toBeTruthy();
    for (const messageId of Object.keys(rule.meta.messages)) expect(messageId).toMatch(/^[a-z][a-zA-Z]*$/);
    expect(rule.meta.defaultOptions).toHaveLength(1);
    const linter = new Linter({ configType: 'flat' });
    const lint = (options: unknown) => () =>
      linter.verify('x;', [{ plugins: { 'meta-privacy': plugin as never }, rules: { [`meta-privacy/${id}`]: ['error', options] } }], 'file.js');
    expect(lint(rule.meta.defaultOptions![0])).not.toThrow();
    expect(lint({ notAnOption: true })).toThrow(/notAnOption|additional properties/i);
  });

  it.each(ruleIds)('%s: strict options are valid options', (id) => {
    const { strictOptions } = plugin.rules[id]!.meta.docs!;
    if (!strictOptions) return;
    const linter = new Linter({ configType: 'flat' });
    expect(() => linter.verify('x;', [{ plugins: { 'meta-privacy': plugin as never }, rules: { [`meta-privacy/${id}`]: ['error', strictOptions] } }], 'file.js')).not.toThrow();
  });
});
