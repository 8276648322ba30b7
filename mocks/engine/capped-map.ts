/**
 * Every map the mock keeps has a cap (conventions #9): once a map holds more than `max` entries, the
 * oldest (first inserted) go, so a flood of sign-ins or payments cannot grow memory without a bound.
 */

/**
 * Where the previous eviction of each map stopped. A fresh iterator walks over every entry deleted
 * before it (V8 keeps them as holes until it rebuilds the table): with a full map of 5,000 that was
 * about 20 µs per call, an eighth of an NBC Gate sign-in (docs/speed-and-robustness.md). While every
 * entry before a kept cursor has been deleted (new entries are appended after it), the cursor walks
 * exactly what a fresh iterator would; after an entry is kept (`onEvict` false) it is dropped.
 */
const cursors = new WeakMap<Map<unknown, unknown>, Iterator<[unknown, unknown]>>();

/** Deletes the oldest entries of `map` until it holds at most `max`; `onEvict` sees each one, and may skip it by returning false. */
export function capMap<K, V>(
  map: Map<K, V>,
  max: number,
  onEvict: (key: K, value: V) => boolean | undefined = () => true,
): void {
  if (map.size <= max) return;
  const cursor = (cursors.get(map) as Iterator<[K, V]> | undefined) ?? map.entries();
  cursors.delete(map);
  let trusted = true;
  while (map.size > max) {
    const next = cursor.next();
    if (next.done === true) return;
    const [key, value] = next.value;
    if (onEvict(key, value) !== false) map.delete(key);
    else trusted = false;
  }
  if (trusted) cursors.set(map, cursor as Iterator<[unknown, unknown]>);
}
