/**
 * The static (no-WebGL) map as pixels for an image or print: the SVG serialised and drawn into a
 * canvas, at `size` CSS pixels (the map fitted in, on water) and `scale` device pixels each.
 */
import type { MapPixels } from './map-pixels';

export async function svgPixels(
  svg: SVGSVGElement,
  scale: number,
  size?: { width: number; height: number },
): Promise<MapPixels> {
  const own = { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
  const { width, height } = size ?? own;
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // The SVG's own background: the water colour of its first rectangle.
  context.fillStyle = svg.querySelector('rect')?.getAttribute('fill') ?? '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const fit = Math.min(canvas.width / own.width, canvas.height / own.height);
  const [w, h] = [own.width * fit, own.height * fit];
  context.drawImage(image, (canvas.width - w) / 2, (canvas.height - h) / 2, w, h);
  return { canvas, width, height };
}
