/** The map view as an image file, made in the browser from the map's own pixels. */
import type { Source } from '../data/schema';
import type { Locale } from '../i18n/translate';
import type { MessageKey } from '../i18n/en';
import { drawImage, loadFonts } from './draw-image';
import { imageLayout, type ImageContent } from './image-layout';
import { sourceLines } from './cite';
import type { shownRefs } from './shown-refs';
import type { MapPixels } from './map-pixels';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Beyond this many sources the footer sends the reader to the atlas, which cites each project. */
export const MAX_SOURCE_LINES = 16;

/** The caption's sources first, then those of the statuses drawn, as many as fit. */
export function sourceList(
  refs: ReturnType<typeof shownRefs>,
  sourceById: ReadonlyMap<string, Source>,
  locale: Locale,
  t: Translate,
): string[] {
  const caption = sourceLines(refs.caption, sourceById, locale);
  const map = sourceLines(refs.map, sourceById, locale).filter((line) => !caption.includes(line));
  const room = Math.max(0, MAX_SOURCE_LINES - caption.length);
  const lines = [...caption, ...map.slice(0, room)];
  const left = map.length - Math.min(room, map.length);
  return left > 0 ? [...lines, t('export.moreSources', { count: left })] : lines;
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no image'))), type, quality),
  );

export async function viewImage(pixels: MapPixels, content: ImageContent, scale: number): Promise<Blob> {
  const measure = (() => {
    const ctx = document.createElement('canvas').getContext('2d');
    return (text: string, font: string) => {
      if (!ctx) return text.length * 8;
      ctx.font = font;
      return ctx.measureText(text).width;
    };
  })();
  let layout = imageLayout(content, pixels, scale, measure);
  await loadFonts(layout);
  // Measured again once the fonts are in: the fallback's widths would break lines wrongly.
  layout = imageLayout(content, pixels, scale, measure);
  return toBlob(drawImage(layout, pixels.canvas, scale), 'image/png');
}

/** The map alone, for print: JPEG keeps a handout of many scenes small enough to print. */
export async function mapPhoto(pixels: MapPixels): Promise<Blob> {
  return toBlob(pixels.canvas, 'image/jpeg', 0.9);
}
