/**
 * The order a keyboard walks the projects on the map: north to south, and west to east among
 * those at about the same latitude, so the arrow keys move across the map the way the eye reads it.
 */
import type { ProjectEntry } from '../data/schema';

/** Projects whose centres lie within this many degrees of latitude count as one row, read west to east. */
export const ROW_DEGREES = 0.25;

type Box = [number, number, number, number];

/** The located projects in reading order; a project with no location is not on the map and is left out. */
export function readingOrder<P extends ProjectEntry>(
  projects: readonly P[],
  bounds: (project: P) => Box | null,
): P[] {
  const placed = projects.flatMap((project) => {
    const box = bounds(project);
    return box ? [{ project, x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 }] : [];
  });
  placed.sort((a, b) => b.y - a.y);
  // Rows grow from the north: each starts at its northernmost project, so rows never chain southwards.
  const rows: (typeof placed)[] = [];
  for (const item of placed) {
    const row = rows.at(-1);
    if (row && row[0]!.y - item.y <= ROW_DEGREES) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x || b.y - a.y).map((item) => item.project));
}

/** Where focus goes in a list of `length` items on a key: the arrows step and stop at the ends; Home, End. */
export function focusAfterKey(index: number, key: string, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(length - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}
