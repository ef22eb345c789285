/**
 * A Map that forgets everything when a new key would take it past `limit` entries: memory for
 * questions asked again and again (the words of a name, a name's verdict), bounded on huge projects.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
