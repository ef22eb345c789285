/**
 * `table[key]` when the table holds `key` itself. Catalog tables are plain objects looked up with
 * names from the linted code, and a name such as `constructor`, `toString` or `__proto__` would
 * otherwise find what every object inherits from `Object.prototype`.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>> | undefined, key: string | undefined): V | undefined {
  return table !== undefined && key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
