/** Build-time checks of the shipped decks (geodata/decks/*.json), beside the rest of the data. */
import { schemaIssues, type DataIssue } from './data-error.ts';
import { Deck, deckProblems, statesFigures, type Deck as DeckType } from './deck.ts';
import { knownOptions } from './filter.ts';
import type { Project } from './schema.ts';
import type { RawFile } from './validate.ts';

/**
 * `complete` says whether every project and source file was read: a deck's references are
 * checked only against complete sets, so one broken file is not reported again in every deck.
 */
export function validateDecks(
  files: readonly RawFile[],
  projects: readonly Project[],
  sourceIds: ReadonlySet<string>,
  issues: DataIssue[],
  complete: { projects: boolean; sources: boolean } = { projects: true, sources: true },
): DeckType[] {
  const known = complete.projects
    ? { projects: new Set(projects.map((p) => p.id)), options: knownOptions(projects) }
    : null;
  const decks: DeckType[] = [];
  for (const raw of files) {
    if (raw.problem) {
      issues.push({ file: raw.file, ...raw.problem });
      continue;
    }
    const parsed = Deck.safeParse(raw.data);
    if (!parsed.success) {
      issues.push(...schemaIssues(raw.file, parsed.error.issues));
      continue;
    }
    const deck = parsed.data;
    const before = issues.length;
    const expected = raw.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (deck.id !== expected)
      issues.push({
        file: raw.file,
        path: 'id',
        message: `id "${deck.id}" must match the file name "${expected}"`,
      });
    for (const problem of deckProblems(deck, known, complete.sources ? sourceIds : null)) {
      const [path, ...message] = problem.split(': ');
      issues.push({ file: raw.file, path: path!, message: message.join(': ') });
    }
    // A shipped deck states no figure without its source and speaks both languages; a user's
    // own deck is shown with a warning instead.
    if (!deck.title.ja) issues.push({ file: raw.file, path: 'title.ja', message: 'needs a Japanese title' });
    deck.scenes.forEach((scene, i) => {
      for (const key of ['title', 'caption'] as const)
        if (!scene[key].ja)
          issues.push({ file: raw.file, path: `scenes[${i}].${key}.ja`, message: 'needs the Japanese text' });
      if (statesFigures(scene.caption) && scene.refs.length === 0)
        issues.push({
          file: raw.file,
          path: `scenes[${i}].refs`,
          message: 'the caption states a figure or date, so it needs its sources',
        });
    });
    if (issues.length === before) decks.push(deck);
  }
  return decks;
}
