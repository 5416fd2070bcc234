// Records copied as values: a published plan's components into a new year's draft, a criteria set
// into a province's own. Their ids (and whatever else the caller names) belong to the original.
// Pure.

/** The value with the named keys left out at every depth (arrays and plain objects walked). */
export function withoutKeys<T>(value: T, keys: readonly string[]): T {
  const walk = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(walk)
      : v && typeof v === 'object' && !(v instanceof Date)
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !keys.includes(k))
              .map(([k, x]) => [k, walk(x)]),
          )
        : v;
  return walk(value) as T;
}
