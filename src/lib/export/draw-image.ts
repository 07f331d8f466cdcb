/** Paints an image layout on a canvas: the map's own pixels, the text and the legend's symbols. */
import { fontOf, type ImageLayout, type Op } from './image-layout';
import { STATUS_DASHES, STATUS_MARKS, drawMark } from '../map/status-marks';
import type { Project } from '../data/schema';

type Status = Project['status']['value'];

const DASHES = { line: [], dashed: [6, 4], dotted: [2, 3] } as const;

function swatch(ctx: CanvasRenderingContext2D, op: Extract<Op, { kind: 'swatch' }>, scale: number) {
  const { x, y, width, height, colour } = op;
  const mid = y + height / 2;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  const status = op.swatch.replace(/^(route|site)-/, '') as Status;
  if (op.swatch.startsWith('route-')) {
    // The map's own pattern (status-marks.ts), in line widths of 4 px; a dash of 0 is a round dot.
    ctx.lineWidth = 4 * scale;
    ctx.lineCap = 'round';
    ctx.setLineDash((STATUS_DASHES[status] ?? []).map((n, i) => (i % 2 ? n : Math.max(n, 0.01)) * 4 * scale));
    ctx.beginPath();
    ctx.moveTo(x + 2 * scale, mid);
    ctx.lineTo(x + width - 2 * scale, mid);
    ctx.stroke();
  } else if (op.swatch.startsWith('site-')) {
    const mark = STATUS_MARKS[status];
    ctx.lineWidth = 3 * scale;
    ctx.beginPath();
    ctx.arc(x + width / 2, mid, 7 * scale, 0, 2 * Math.PI);
    ctx.fillStyle = mark === 'filled' ? colour : '#ffffff';
    ctx.fill();
    ctx.stroke();
    drawMark(ctx, mark, x + width / 2, mid, 4.5 * scale);
  } else if (op.swatch === 'line' || op.swatch === 'dashed' || op.swatch === 'dotted') {
    ctx.lineWidth = 4 * scale;
    ctx.setLineDash(DASHES[op.swatch].map((d) => d * scale));
    ctx.beginPath();
    ctx.moveTo(x, mid);
    ctx.lineTo(x + width, mid);
    ctx.stroke();
  } else if (op.swatch === 'band') {
    ctx.globalAlpha = 0.4;
    ctx.fillRect(x, mid - 4.5 * scale, width, 9 * scale);
  } else {
    const r = 5 * scale;
    ctx.lineWidth = 2 * scale;
    ctx.beginPath();
    ctx.arc(x + width / 2, mid, r - ctx.lineWidth / 2, 0, 2 * Math.PI);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

export function drawImage(layout: ImageLayout, map: CanvasImageSource, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw an image (no 2D canvas).');
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.fill;
      ctx.fillRect(op.x, op.y, op.width, op.height);
    } else if (op.kind === 'map') {
      ctx.drawImage(map, op.x, op.y, op.width, op.height);
    } else if (op.kind === 'text') {
      ctx.font = fontOf(op.font);
      ctx.fillStyle = op.colour;
      ctx.fillText(op.text, op.x, op.y);
    } else swatch(ctx, op, scale);
  }
  return canvas;
}

/** Waits until the fonts the text uses have loaded, so the canvas does not draw in a fallback. */
export async function loadFonts(layout: ImageLayout): Promise<void> {
  const fonts = new Map<string, string>();
  for (const op of layout.ops)
    if (op.kind === 'text') fonts.set(fontOf(op.font), (fonts.get(fontOf(op.font)) ?? '') + op.text);
  await Promise.all([...fonts].map(([font, text]) => document.fonts.load(font, text).catch(() => [])));
}
