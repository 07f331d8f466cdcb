/**
 * How good a source is, as far as its kind tells. Governments, their agencies, the parties
 * to a project and the international organisations that finance it speak for themselves;
 * news, references and other pages report at second hand.
 */
import type { Ref, Source, SourceKind } from './schema';

export const PRIMARY_KINDS: readonly SourceKind[] = ['official', 'international-organisation'];

export function isSecondary(kind: SourceKind): boolean {
  return !PRIMARY_KINDS.includes(kind);
}

/** True when every source behind a value is secondary, so the reader should be told. */
export function secondaryOnly(refs: readonly Ref[], sourceById: ReadonlyMap<string, Source>): boolean {
  return (
    refs.length > 0 &&
    refs.every((ref) => {
      const source = sourceById.get(ref.source);
      // An unresolved source cannot vouch for anything; validation normally rules this out.
      return !source || isSecondary(source.kind);
    })
  );
}
