/**
 * How projects look: colour by sector, line pattern and fill by status. Colours are
 * the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Project } from '../data/schema';

export const SECTOR_COLOURS: Record<Project['sector'], string> = {
  transport: '#0072B2',
  energy: '#D55E00',
  'trade-facilitation': '#009E73',
  finance: '#CC79A7',
  health: '#E69F00',
  water: '#56B4E9',
};

export const CORRIDOR_COLOUR = '#6A3D9A';
export const SELECTED_COLOUR = '#111111';

/** Statuses drawn with a solid line or filled symbol; the others are dashed or hollow. */
export const BUILT_STATUSES: readonly Project['status']['value'][] = ['operational'];

export function sectorColour(): ExpressionSpecification {
  const pairs = Object.entries(SECTOR_COLOURS).flat();
  return ['match', ['get', 'sector'], ...pairs, '#555555'] as unknown as ExpressionSpecification;
}

type Value = string | number | ExpressionSpecification;

/** Darkens the selected project and keeps the hovered one, and those a scene highlights, emphasised. */
export function emphasis(normal: Value, hovered: Value, selected: Value): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    selected,
    ['boolean', ['feature-state', 'hovered'], false],
    hovered,
    ['boolean', ['feature-state', 'highlighted'], false],
    hovered,
    normal,
  ] as unknown as ExpressionSpecification;
}
