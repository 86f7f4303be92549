/**
 * A Map that holds at most `limit` entries, for what a process remembers only to save a query (a room's rules row,
 * its guard names, a snapshot): beyond the limit the entry set longest ago is forgotten and is simply read again when
 * next needed. Setting a key again makes it the newest, so a busy room is not the one forgotten.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    this.delete(key);
    if (this.size >= this.limit) this.delete(this.keys().next().value!);
    return super.set(key, value);
  }
}
