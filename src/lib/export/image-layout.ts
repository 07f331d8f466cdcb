/**
 * Where everything goes on an exported map image: a title band, the map, then the legend beside
 * the sources of every figure shown, and a last line with the data's as-of date and the map's
 * credits. Pure, so the layout is tested without a browser; `draw-image.ts` paints it.
 */
import type { LegendRow, Swatch } from '../map/legend';
import { wrap, type Measure } from './wrap';

export interface ImageContent {
  title: string;
  /** Above the title, e.g. the deck's title or what the filters leave. */
  kicker?: string;
  /** Under the title, e.g. a scene's caption. */
  caption?: string;
  legendTitle: string;
  legend: readonly LegendRow[];
  sourcesTitle: string;
  /** One line per source; each is wrapped, never cut. */
  sources: readonly string[];
  /** Said when no figure on the image has a source to list. */
  noSources: string;
  /** "Data as of 1 Dec 2026". */
  asOf: string;
  attribution: string;
  /** The language of the text, for a line-breaking rule and a font. */
  lang: 'en' | 'ja';
}

export type Op =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { kind: 'map'; x: number; y: number; width: number; height: number }
  | { kind: 'text'; text: string; x: number; y: number; font: Font; colour: string }
  | { kind: 'swatch'; swatch: Swatch; colour: string; x: number; y: number; width: number; height: number };

export interface Font {
  size: number;
  weight: number;
  family: string;
}

/** The CSS font shorthand a canvas takes. */
export const fontOf = (f: Font): string => `${f.weight} ${f.size}px ${f.family}`;

export interface ImageLayout {
  width: number;
  height: number;
  ops: Op[];
}

const TEXT = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#cccccc';
const FAMILY = '"Noto Sans", "Noto Sans JP", sans-serif';
const JA_FAMILY = '"Noto Sans JP", "Noto Sans", sans-serif';

/**
 * `map` is the map's size in CSS pixels; `scale` multiplies everything (1 for the screen, 2 for
 * print). The layout is made at 1× and then scaled, so a 2× image breaks its lines exactly where
 * the 1× image does: the same picture at twice the resolution.
 */
export function imageLayout(
  content: ImageContent,
  map: { width: number; height: number },
  scale: number,
  measure: Measure,
): ImageLayout {
  const layout = layoutAtOne(content, map, measure);
  if (scale === 1) return layout;
  const s = (n: number) => Math.round(n * scale);
  return {
    width: s(layout.width),
    height: s(layout.height),
    ops: layout.ops.map((op) =>
      op.kind === 'text'
        ? { ...op, x: s(op.x), y: s(op.y), font: { ...op.font, size: op.font.size * scale } }
        : { ...op, x: s(op.x), y: s(op.y), width: s(op.width), height: s(op.height) },
    ),
  };
}

function layoutAtOne(
  content: ImageContent,
  map: { width: number; height: number },
  measure: Measure,
): ImageLayout {
  const px = (n: number) => Math.round(n);
  const family = content.lang === 'ja' ? JA_FAMILY : FAMILY;
  const font = (size: number, weight = 400): Font => ({ size, weight, family });
  const width = px(Math.max(map.width, 480));
  const pad = px(20);
  const inner = width - 2 * pad;
  const ops: Op[] = [];
  let y = pad;

  const paragraph = (text: string, size: number, x: number, w: number, colour = TEXT, weight = 400) => {
    const f = font(size, weight);
    for (const line of wrap(text, w, fontOf(f), measure)) {
      ops.push({ kind: 'text', text: line, x, y: y + px(size), font: f, colour });
      y += px(size * 1.35);
    }
  };

  if (content.kicker) paragraph(content.kicker, 14, pad, inner, MUTED, 600);
  paragraph(content.title, 24, pad, inner, TEXT, 700);
  if (content.caption) {
    y += px(4);
    paragraph(content.caption, 15, pad, inner);
  }
  y += px(12);

  const mapTop = y;
  const mapWidth = width;
  const mapHeight = Math.round((map.height / map.width) * mapWidth);
  ops.push({ kind: 'map', x: 0, y: mapTop, width: mapWidth, height: mapHeight });
  ops.push({ kind: 'rect', x: 0, y: mapTop + mapHeight, width, height: 1, fill: RULE });

  // Below the map: the legend in a column of its own, the sources beside it.
  const top = mapTop + mapHeight + px(16);
  const legendWidth = content.legend.length ? Math.min(px(260), Math.round(inner * 0.4)) : 0;
  y = top;
  if (content.legend.length) {
    paragraph(content.legendTitle, 13, pad, legendWidth, TEXT, 700);
    for (const row of content.legend) {
      const rowTop = y;
      const sw = { width: px(26), height: px(14) };
      y += px(2);
      paragraph(row.label, 12, pad + sw.width + px(8), legendWidth - sw.width - px(8));
      ops.push({
        kind: 'swatch',
        swatch: row.swatch,
        colour: row.colour ?? TEXT,
        x: pad,
        y: rowTop + px(3),
        ...sw,
      });
      y = Math.max(y, rowTop + px(20));
    }
  }
  const legendBottom = y;

  y = top;
  const sourcesX = pad + (legendWidth ? legendWidth + px(24) : 0);
  const sourcesWidth = width - pad - sourcesX;
  paragraph(content.sourcesTitle, 13, sourcesX, sourcesWidth, TEXT, 700);
  if (content.sources.length === 0) paragraph(content.noSources, 12, sourcesX, sourcesWidth, MUTED);
  for (const line of content.sources) {
    paragraph(line, 11.5, sourcesX, sourcesWidth);
    y += px(2);
  }

  y = Math.max(y, legendBottom) + px(10);
  paragraph(`${content.asOf} · ${content.attribution}`, 11, pad, inner, MUTED);
  y += pad - px(6);

  return { width, height: y, ops: [{ kind: 'rect', x: 0, y: 0, width, height: y, fill: '#ffffff' }, ...ops] };
}
