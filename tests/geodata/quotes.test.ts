/**
 * Every quote the data attributes to one of the shared source documents is really in that
 * document, and in the numbered paragraph it cites. The documents sit beside the project
 * (../shared/sources, as in CI) or where SOURCES_DIR points.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRawAtlas } from '../../src/lib/data/read-geodata';
import { refArrays } from '../../src/lib/data/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const candidates = process.env.SOURCES_DIR
  ? [process.env.SOURCES_DIR]
  : [join(root, '..', 'shared', 'sources'), join(root, '..', '..', 'shared', 'sources')];
const dir = candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
const available = existsSync(dir);
if (!available && process.env.CI)
  throw new Error(`The source documents are missing: expected them in ${dir}`);
if (!available) console.warn(`quotes.test: no source documents in ${dir}; set SOURCES_DIR to check quotes`);

const raw = readRawAtlas(root);
const documents = new Map(
  raw.sources
    .flatMap((f) => f.data as { id: string; type: string; file?: string }[])
    .filter((s) => s.type === 'document')
    .map((s) => [s.id, s.file!]),
);

interface Found {
  file: string;
  source: string;
  para?: string;
  quote: string;
}

/** Every quoted ref to a shared document, anywhere in the data, with the file it is in. */
function quotedRefs(): Found[] {
  const files = [
    ...raw.projects,
    raw.programmes,
    raw.headlines,
    raw.series,
    raw.events,
    raw.rates,
    ...raw.decks,
  ];
  return files.flatMap((f) =>
    [...refArrays(f.data, '')].flatMap(([refs]) =>
      refs
        .filter((ref) => ref.quote && documents.has(ref.source))
        .map((ref) => ({ file: f.file, source: ref.source, para: ref.para, quote: ref.quote! })),
    ),
  );
}

/** Markdown emphasis, curly quotes and line breaks do not count; "…" marks an omission. */
const normalise = (text: string) =>
  text.replace(/\*\*/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const fragments = (quote: string) =>
  normalise(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((f) => f.length > 0);

/** The text of numbered paragraph `para` ("11." at the start of a line up to the next number). */
function paragraph(text: string, para: string): string | null {
  const start = text.search(new RegExp(`^${para}\\.\\s`, 'm'));
  if (start === -1) return null;
  const rest = text.slice(start + para.length + 1);
  const end = rest.search(/^\d+\.\s/m);
  return end === -1 ? rest : rest.slice(0, end);
}

describe.skipIf(!available)('quotes from the shared source documents', () => {
  const refs = quotedRefs();

  it('finds quoted refs to check', () => {
    expect(refs.length).toBeGreaterThan(10);
  });

  it('finds every quote in its document, and in the paragraph it cites', () => {
    const problems: string[] = [];
    for (const ref of refs) {
      const name = documents.get(ref.source)!;
      const text = readFileSync(join(dir, name), 'utf8');
      const numbered = ref.para && /^\d+$/.test(ref.para) ? paragraph(text, ref.para) : null;
      const haystack = normalise(numbered ?? text);
      for (const fragment of fragments(ref.quote)) {
        if (!haystack.includes(fragment))
          problems.push(
            `${ref.file}: "${fragment}" is not in ${name}${numbered ? ` para. ${ref.para}` : ''}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });
});
