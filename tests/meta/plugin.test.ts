import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

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

  it('are named and carry the plugin', () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`meta-privacy/${name}`);
      expect(config.plugins['meta-privacy']).toBe(plugin);
    }
  });

  it('recommended enables exactly the recommended rules at error', () => {
    const expected = Object.fromEntries(ruleIds.filter((id) => docs(id).recommended).map((id) => [`meta-privacy/${id}`, 'error']));
    expect(plugin.configs.recommended.rules).toEqual(expected);
  });

  it('strict enables the recommended rules with their strict options', () => {
    const expected = Object.fromEntries(
      ruleIds
        .filter((id) => docs(id).recommended)
        .map((id) => [`meta-privacy/${id}`, docs(id).strictOptions ? ['error', docs(id).strictOptions] : 'error']),
    );
    expect(plugin.configs.strict.rules).toEqual(expected);
  });

  it('all enables every rule', () => {
    expect(Object.keys(plugin.configs.all.rules)).toEqual(ruleIds.map((id) => `meta-privacy/${id}`));
  });

  it.each(Object.keys(plugin.configs))('%s is a valid flat config', (name) => {
    const linter = new Linter({ configType: 'flat' });
    const config = plugin.configs[name as keyof typeof plugin.configs];
    expect(linter.verify('fbq("track", "PageView");', [config as never], 'file.js').filter((message) => message.fatal)).toEqual([]);
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
