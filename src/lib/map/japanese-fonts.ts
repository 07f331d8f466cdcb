/**
 * The Japanese font files for the map's labels, read the first time the map shows Japanese: their
 * list (JAPANESE_FONT_LIST, with each file's unicode range) is 72 KB, which an English map never
 * needs. The map then fetches only the files whose ranges its labels use.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import { z } from '../zod';
import { JAPANESE_FONT_LIST, basemapFontFaces, type JapaneseFontFile } from './basemap-style';

const FontList = z.array(
  z.strictObject({
    file: z.string().regex(/^noto-sans-jp-\d+-400-normal\.woff2$/),
    'unicode-range': z.array(z.string().regex(/^U\+[0-9a-f]{1,6}(-[0-9a-f]{1,6})?$/i)).min(1),
  }),
);

/** Reads a font list, or says in one line what is wrong with it. */
export function readFontList(input: unknown): JapaneseFontFile[] {
  const result = FontList.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${JAPANESE_FONT_LIST}: ${issue?.path.join('.') || 'the list'}: ${issue?.message}`);
}

const loading = new Map<string, Promise<FontFacesSpecification>>();

/** The basemap's font-faces with Japanese added; fetched once per base address. */
export function japaneseFontFaces(baseUrl: string): Promise<FontFacesSpecification> {
  let faces = loading.get(baseUrl);
  if (!faces) {
    faces = fetch(new URL(JAPANESE_FONT_LIST, baseUrl))
      .then((response) => {
        if (!response.ok) throw new Error(`${JAPANESE_FONT_LIST}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<unknown>;
      })
      .then((list) => basemapFontFaces(baseUrl, readFontList(list)));
    // A failed fetch may be tried again on the next switch to Japanese.
    faces.catch(() => loading.delete(baseUrl));
    loading.set(baseUrl, faces);
  }
  return faces;
}
