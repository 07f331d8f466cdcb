/**
 * Decks: a titled list of scenes, each a view snapshot with a caption and the sources of what
 * the caption states. The shipped decks (geodata/decks/) are checked at build time; a deck a
 * user imports is checked in the browser by the same schema and rules, and refused whole, with
 * one line naming the field, when anything is wrong.
 */
import { z } from '../zod.ts';
import { oneLine, schemaIssues } from './data-error.ts';
import { readJsonText } from './json-text.ts';
import { Id, localizedText, Ref } from './schema.ts';
import type { Localized } from './localized.ts';
import { DECK_VERSION } from './deck-version.ts';
import { FIRST_YEAR, LAST_YEAR, ViewSpec, unknownValues, type KnownValues } from '../state/snapshot.ts';

/**
 * Text the user reads, the atlas's one localised-text form; the shipped decks give both
 * languages, a user's own deck may give English alone.
 */
const Caption = localizedText(2000);

const Year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);

export const Scene = z.strictObject({
  id: Id,
  title: Caption,
  caption: Caption,
  view: z._default(ViewSpec, {}),
  /** Projects the scene draws attention to on the map. */
  highlight: z.array(Id).max(50).default([]),
  /** Plays the timeline over these years when the scene opens. */
  play: z
    .strictObject({ from: Year, to: Year })
    .refine((p) => p.from < p.to, 'play.from must come before play.to')
    .optional(),
  /** The sources of every figure and date the caption states. */
  refs: z.array(Ref).max(50).default([]),
});
export type Scene = z.infer<typeof Scene>;

export const Deck = z.strictObject({
  version: z.literal(DECK_VERSION),
  id: Id,
  title: Caption,
  scenes: z.array(Scene).min(1, 'a deck needs at least one scene').max(200),
});
export type Deck = z.infer<typeof Deck>;

/** Digits in a caption are figures or dates, and those need sources. */
export const statesFigures = (text: Localized): boolean => /[0-9０-９]/.test(text.en + (text.ja ?? ''));

/**
 * Problems the schema cannot see: ids the atlas does not have, and duplicate scene ids. With
 * `known` or `sources` null (some data did not load), those references are not checked.
 */
export function deckProblems(
  deck: Deck,
  known: KnownValues | null,
  sources: ReadonlySet<string> | null,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  deck.scenes.forEach((scene, i) => {
    const at = `scenes[${i}]`;
    if (ids.has(scene.id)) problems.push(`${at}.id: duplicate scene id ${JSON.stringify(scene.id)}`);
    ids.add(scene.id);
    if (known) {
      for (const problem of unknownValues(scene.view, known)) problems.push(`${at}.view.${problem}`);
      scene.highlight.forEach((id, j) => {
        if (!known.projects.has(id))
          problems.push(`${at}.highlight[${j}]: unknown project ${JSON.stringify(id)}`);
      });
    }
    scene.refs.forEach((ref, j) => {
      if (sources && !sources.has(ref.source))
        problems.push(`${at}.refs[${j}].source: unknown source ${JSON.stringify(ref.source)}`);
    });
  });
  return problems;
}

export type DeckResult = { deck: Deck; error: null } | { deck: null; error: string };

/** Far more than the longest deck the schema allows (200 scenes of 2,000-character texts). */
export const MAX_DECK_FILE = 5_000_000;

const refuse = (error: string): DeckResult => ({ deck: null, error: oneLine(error) });

/** Reads a deck file a user chose: the whole deck, or the first problem in one line. */
export function readDeckFile(text: string, known: KnownValues, sources: ReadonlySet<string>): DeckResult {
  if (text.length > MAX_DECK_FILE)
    return refuse(`the file has ${text.length} characters; a deck file has at most ${MAX_DECK_FILE}`);
  const json = readJsonText(text);
  if (json.problem)
    return refuse(json.problem.path ? `${json.problem.path}: ${json.problem.message}` : json.problem.message);
  const parsed = Deck.safeParse(json.data);
  if (!parsed.success) {
    const issue = schemaIssues('', parsed.error.issues)[0]!;
    return refuse(`${issue.path || '(root)'}: ${issue.message}`);
  }
  const problem = deckProblems(parsed.data, known, sources)[0];
  return problem ? refuse(problem) : { deck: parsed.data, error: null };
}
