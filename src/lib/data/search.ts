/**
 * Project search over names and aliases in every script the data has. Matching ignores
 * case, accents and width (so "ben thanh" finds "Bến Thành", "ＨＣＭＣ" finds "HCMC").
 */
import type { Localized } from './localized';
import type { ProjectEntry } from './schema';

/** Folds a string for matching: compatibility forms, no diacritics, lower case. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[‐-―–—\-_/()（）・,.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchEntry {
  project: ProjectEntry;
  /** Every name the project is known by, with what kind of name it is. */
  names: { text: string; folded: string; via: 'name' | 'alias' | 'local' | 'part' }[];
}

export function searchIndex(projects: readonly ProjectEntry[]): SearchEntry[] {
  return projects.map((project) => {
    const names: SearchEntry['names'] = [];
    const add = (text: string, via: SearchEntry['names'][number]['via']) =>
      names.push({ text, folded: fold(text), via });
    const addText = (text: Localized | undefined, via: SearchEntry['names'][number]['via']) => {
      if (!text) return;
      add(text.en, via);
      if (text.ja) add(text.ja, via);
    };
    addText(project.name, 'name');
    addText(project.shortName, 'name');
    project.aliases.forEach((a) => add(a, 'alias'));
    Object.values(project.names).forEach((n) => add(n, 'local'));
    for (const part of project.geometry.parts) {
      addText(part.name, 'part');
      Object.values(part.names ?? {}).forEach((n) => add(n, 'part'));
    }
    return { project, names };
  });
}

export interface SearchHit {
  project: ProjectEntry;
  /** The name that matched, when it is not the project's own name. */
  matched: string | null;
  score: number;
}

/** Ranks projects for a query: every query word must occur; word starts and own names rank first. */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best: { score: number; text: string; via: string } | null = null;
    for (const name of entry.names) {
      if (!words.every((w) => name.folded.includes(w))) continue;
      const starts = words.filter((w) => name.folded.startsWith(w) || name.folded.includes(` ${w}`)).length;
      const score = starts * 2 + (name.via === 'name' ? 3 : name.via === 'part' ? 0 : 1);
      if (!best || score > best.score) best = { score, text: name.text, via: name.via };
    }
    if (best)
      hits.push({
        project: entry.project,
        matched: best.via === 'name' ? null : best.text,
        score: best.score,
      });
  }
  return hits
    .sort((a, b) => b.score - a.score || a.project.name.en.localeCompare(b.project.name.en))
    .slice(0, limit);
}
