/**
 * The map's own pixels at a chosen resolution. For 2× the map is redrawn at twice its pixel
 * ratio (sharper lines and labels, not an enlarged screenshot), then put back as it was.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

const IDLE_TIMEOUT_MS = 10_000;

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, IDLE_TIMEOUT_MS);
    function done() {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.on('idle', done);
    map.triggerRepaint();
  });
}

/** A copy of the map canvas, `scale` device pixels per CSS pixel, and the map's size in CSS pixels. */
export interface MapPixels {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
}

export interface CaptureOptions {
  /** Draws the map at this size in CSS pixels, e.g. a page's proportions, rather than the screen's. */
  size?: { width: number; height: number };
  /** Runs once the map has its size, e.g. to frame a project for it. */
  prepare?: () => void | Promise<void>;
}

export interface MapCapture {
  /** The map redrawn at `scale` device pixels per CSS pixel, once it has finished drawing. */
  capture: (scale: number, options?: CaptureOptions) => Promise<MapPixels>;
  /** The map as it is on screen this instant, for a print started from the browser's own menu. */
  now: () => MapPixels;
}

/**
 * The map's canvas copied at `scale`. The map is drawn again first, in this same task: its canvas
 * keeps no drawing buffer (a copy per frame under software WebGL), so what it holds is readable
 * only between a frame's drawing and the browser compositing it.
 */
function copy(map: MapLibreMap, scale: number): MapPixels {
  map.redraw();
  const container = map.getContainer();
  const [width, height] = [container.clientWidth, container.clientHeight];
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')?.drawImage(map.getCanvas(), 0, 0, canvas.width, canvas.height);
  return { canvas, width, height };
}

export function mapCapture(map: MapLibreMap): MapCapture {
  return {
    capture: (scale, options) => mapPixels(map, scale, options),
    now: () => copy(map, map.getPixelRatio()),
  };
}

export async function mapPixels(
  map: MapLibreMap,
  scale: number,
  { size, prepare }: CaptureOptions = {},
): Promise<MapPixels> {
  const style = map.getContainer().style;
  const before = { width: style.width, height: style.height, right: style.right, bottom: style.bottom };
  if (size) {
    Object.assign(style, {
      width: `${size.width}px`,
      height: `${size.height}px`,
      right: 'auto',
      bottom: 'auto',
    });
    map.resize();
  }
  const previous = map.getPixelRatio();
  if (previous !== scale) map.setPixelRatio(scale);
  try {
    await prepare?.();
    await idle(map);
    return copy(map, scale);
  } finally {
    if (previous !== scale) map.setPixelRatio(previous);
    if (size) {
      Object.assign(style, before);
      map.resize();
    }
  }
}

/** The map without its left `left` CSS pixels, e.g. what a briefing's story column covers. */
export function withoutLeft(pixels: MapPixels, left: number, scale: number): MapPixels {
  if (left <= 0 || left >= pixels.width) return pixels;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((pixels.width - left) * scale);
  canvas.height = pixels.canvas.height;
  canvas
    .getContext('2d')
    ?.drawImage(
      pixels.canvas,
      Math.round(left * scale),
      0,
      canvas.width,
      canvas.height,
      0,
      0,
      canvas.width,
      canvas.height,
    );
  return { canvas, width: pixels.width - left, height: pixels.height };
}
