/**
 * Status told by shape as well as colour: each status has its own line pattern, and a site its own
 * mark inside its circle. One definition, drawn by the map (as images it makes itself, with no
 * glyph or sprite server), by the legend on screen and by the legend in an exported image.
 */
import type { Project } from '../data/schema';

type Status = Project['status']['value'];

/**
 * Dash and gap lengths in line widths (MapLibre's `line-dasharray`); null is a solid line. A dash
 * of length 0 with round caps is a dot.
 */
export const STATUS_DASHES: Record<Status, readonly number[] | null> = {
  operational: null,
  'under-construction': [3, 1.5],
  planned: [1.2, 1.6],
  suspended: [0, 2],
  cancelled: [0, 4],
};

/** A site's circle: filled when operational, hollow otherwise, with a mark inside for three statuses. */
export type Mark = 'filled' | 'hollow' | 'half' | 'pause' | 'cross';
export const STATUS_MARKS: Record<Status, Mark> = {
  operational: 'filled',
  planned: 'hollow',
  'under-construction': 'half',
  suspended: 'pause',
  cancelled: 'cross',
};

/** The map's image for each mark drawn inside a hollow circle, and an empty one that only keeps labels clear. */
export const MARK_IMAGES = { half: 'status-half', pause: 'status-pause', cross: 'status-cross' } as const;
export const MARKER_SPACE_IMAGE = 'marker-space';
export const MARK_COLOUR = '#1d2733';

/** Draws a mark centred at (x, y) inside a circle whose inner radius is `r`. */
export function drawMark(ctx: CanvasRenderingContext2D, mark: Mark, x: number, y: number, r: number): void {
  ctx.save();
  ctx.fillStyle = MARK_COLOUR;
  ctx.strokeStyle = MARK_COLOUR;
  if (mark === 'half') {
    // The lower half filled: work begun, not finished.
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI);
    ctx.closePath();
    ctx.fill();
  } else if (mark === 'pause') {
    const w = r * 0.55;
    ctx.fillRect(x - r * 0.75, y - r * 0.8, w, r * 1.6);
    ctx.fillRect(x + r * 0.75 - w, y - r * 0.8, w, r * 1.6);
  } else if (mark === 'cross') {
    ctx.lineWidth = r * 0.5;
    ctx.lineCap = 'round';
    const d = r * 0.7;
    ctx.beginPath();
    ctx.moveTo(x - d, y - d);
    ctx.lineTo(x + d, y + d);
    ctx.moveTo(x + d, y - d);
    ctx.lineTo(x - d, y + d);
    ctx.stroke();
  }
  ctx.restore();
}

/** A map image: its id, pixels and how many of them make one CSS pixel. */
export interface MapImage {
  id: string;
  image: ImageData;
  pixelRatio: number;
}

/** Pixels of each map image, at twice the CSS size for sharp edges; null where there is no canvas. */
export function markImages(): MapImage[] | null {
  const size = 40;
  const pixelRatio = 2;
  const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
  canvas?.setAttribute('width', String(size));
  canvas?.setAttribute('height', String(size));
  const ctx = canvas?.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  const images = [{ id: MARKER_SPACE_IMAGE, image: ctx.getImageData(0, 0, size, size), pixelRatio }];
  for (const [mark, id] of Object.entries(MARK_IMAGES) as [Mark, string][]) {
    ctx.clearRect(0, 0, size, size);
    // A site's circle is 7 px in radius inside a 3 px stroke: the mark fills most of its inside.
    drawMark(ctx, mark, size / 2, size / 2, 9);
    images.push({ id, image: ctx.getImageData(0, 0, size, size), pixelRatio });
  }
  return images;
}
