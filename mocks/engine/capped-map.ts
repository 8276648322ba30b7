/**
 * Every map the mock keeps has a cap (conventions #9): once a map holds more than `max` entries, the
 * oldest (first inserted) go, so a flood of sign-ins or payments cannot grow memory without a bound.
 */

/** Deletes the oldest entries of `map` until it holds at most `max`; `onEvict` sees each one, and may skip it by returning false. */
export function capMap<K, V>(
  map: Map<K, V>,
  max: number,
  onEvict: (key: K, value: V) => boolean | undefined = () => true,
): void {
  if (map.size <= max) return;
  for (const [key, value] of map) {
    if (map.size <= max) return;
    if (onEvict(key, value) !== false) map.delete(key);
  }
}
