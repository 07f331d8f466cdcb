/**
 * What a restore has to change: the fields of a view snapshot whose values differ from the view
 * on screen. A scene, a link or back and forward restore a whole snapshot, made afresh each time;
 * setting a field to an equal new object would still re-run the filter pass, the map's filters
 * and every chart that reads it, so only the fields that differ in value are set.
 */
import type { ViewSnapshot } from './view-snapshot';

/** Equal as data: the same primitives, arrays and plain objects, whatever their identity. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** The fields of `next` whose values differ from `current`'s, in the snapshot's order. */
export function changedFields(current: ViewSnapshot, next: ViewSnapshot): (keyof ViewSnapshot)[] {
  return (Object.keys(next) as (keyof ViewSnapshot)[]).filter((key) => !sameValue(current[key], next[key]));
}
