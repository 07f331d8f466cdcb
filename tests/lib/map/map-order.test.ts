import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/lib/data/schema';
import { ROW_DEGREES, focusAfterKey, readingOrder } from '../../../src/lib/map/map-order';

type Box = [number, number, number, number];
/** Projects placed at a point (longitude, latitude), or nowhere. */
const at = (places: Record<string, [number, number] | null>) => {
  const projects = Object.keys(places).map((id) => ({ id }) as Project);
  const bounds = (p: Project): Box | null => {
    const place = places[p.id];
    return place ? [place[0], place[1], place[0], place[1]] : null;
  };
  return (ids = projects) => readingOrder(ids, bounds).map((p) => p.id);
};

describe('the order the keyboard walks the projects on the map', () => {
  it('goes from north to south', () => {
    const order = at({ saigon: [106.7, 10.8], vientiane: [102.6, 17.97], bangkok: [100.5, 13.75] });
    expect(order()).toEqual(['vientiane', 'bangkok', 'saigon']);
  });

  it('reads projects at about the same latitude from west to east', () => {
    const order = at({
      east: [106, 13.75 - ROW_DEGREES / 2],
      west: [100, 13.75],
      middle: [103, 13.75 + ROW_DEGREES / 2],
    });
    expect(order()).toEqual(['west', 'middle', 'east']);
  });

  it('starts a new row once a project lies further south than the row allows', () => {
    const order = at({ east: [106, 14], west: [100, 14 - ROW_DEGREES * 2] });
    expect(order()).toEqual(['east', 'west']);
  });

  it('leaves out a project no source locates: it is not on the map', () => {
    const order = at({ programme: null, port: [103.5, 10.6] });
    expect(order()).toEqual(['port']);
  });

  it('uses the centre of a project that spans a region', () => {
    const projects = [{ id: 'road' }, { id: 'plant' }] as Project[];
    const boxes: Record<string, Box> = { road: [100, 10, 104, 16], plant: [101, 12.5, 101, 12.5] };
    expect(readingOrder(projects, (p) => boxes[p.id]!).map((p) => p.id)).toEqual(['road', 'plant']);
  });
});

describe('moving through a list of projects by keyboard', () => {
  it('steps with the arrow keys and stops at either end', () => {
    expect(focusAfterKey(0, 'ArrowDown', 3)).toBe(1);
    expect(focusAfterKey(2, 'ArrowDown', 3)).toBe(2);
    expect(focusAfterKey(1, 'ArrowUp', 3)).toBe(0);
    expect(focusAfterKey(0, 'ArrowUp', 3)).toBe(0);
    expect(focusAfterKey(0, 'ArrowRight', 3)).toBe(1);
    expect(focusAfterKey(1, 'ArrowLeft', 3)).toBe(0);
  });

  it('jumps to the first and last with Home and End', () => {
    expect(focusAfterKey(1, 'Home', 3)).toBe(0);
    expect(focusAfterKey(0, 'End', 3)).toBe(2);
  });

  it('leaves other keys and an empty list alone', () => {
    expect(focusAfterKey(1, 'Enter', 3)).toBeNull();
    expect(focusAfterKey(0, 'ArrowDown', 0)).toBeNull();
  });
});
