/**
 * The view in the address bar: readable parameters a colleague can edit by hand
 * (`?country=KH,VN&years=2015-2020&project=hcmc-metro-line-1&lang=ja&map=10.8,106.7,11`), and the
 * scene of a deck (`?deck=default&scene=3`). Reading never trusts the address: the parameters are
 * turned into a raw snapshot and read by the one snapshot parser, which drops anything malformed.
 */
import { DIMENSIONS, type YearRange } from '../data/filter';
import { DEFAULT_PANELS, readSnapshot, type KnownValues, type TextSize, type ViewSnapshot } from './snapshot';

/** Longest parameter value read; anything longer is hostile or broken. */
const MAX_VALUE = 200;

function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && value.length <= MAX_VALUE ? value : undefined;
}

/** `2015-2020`, `2015-` (from), `-2020` (until) or `2012` (that year alone). */
function readYears(value: string | undefined): YearRange {
  if (value && /^\d{4}$/.test(value)) return { from: Number(value), to: Number(value) };
  const match = value?.match(/^(\d{4})?-(\d{4})?$/);
  return {
    from: match?.[1] ? Number(match[1]) : null,
    to: match?.[2] ? Number(match[2]) : null,
  };
}

const number = (value: string | undefined): number | undefined =>
  value && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;

export function readUrl(search: string, known: KnownValues): ViewSnapshot {
  const params = new URLSearchParams(search);
  const map = param(params, 'map')?.split(',').map(number);
  const camera =
    map && map.length === 3 ? { center: [map[1], map[0]] as [number, number], zoom: map[2] } : undefined;
  const filters = {
    ...Object.fromEntries(DIMENSIONS.map((d) => [d, param(params, d)?.split(',') ?? []])),
    years: readYears(param(params, 'years')),
  };
  return readSnapshot(
    {
      project: param(params, 'project'),
      locale: param(params, 'lang'),
      textSize: param(params, 'text'),
      localNames: param(params, 'names') === 'local' || undefined,
      camera,
      filters,
      query: param(params, 'q'),
      panels: {
        fundingBy: param(params, 'funding'),
        currency: param(params, 'currency')?.toUpperCase(),
        trade: param(params, 'trade'),
        nearKm: number(param(params, 'near')),
      },
      year: number(param(params, 'year')),
    },
    known,
  );
}

/** Writes a snapshot as a query string, leaving out what is at its default. */
export function writeUrl(snapshot: ViewSnapshot): string {
  const params = new URLSearchParams();
  for (const dimension of DIMENSIONS) {
    if (snapshot.filters[dimension].length > 0) params.set(dimension, snapshot.filters[dimension].join(','));
  }
  const { from, to } = snapshot.filters.years;
  if (from !== null && from === to) params.set('years', String(from));
  else if (from !== null || to !== null) params.set('years', `${from ?? ''}-${to ?? ''}`);
  if (snapshot.query) params.set('q', snapshot.query);
  if (snapshot.project) params.set('project', snapshot.project);
  if (snapshot.panels.fundingBy !== DEFAULT_PANELS.fundingBy)
    params.set('funding', snapshot.panels.fundingBy);
  if (snapshot.panels.currency !== DEFAULT_PANELS.currency)
    params.set('currency', snapshot.panels.currency.toLowerCase());
  if (snapshot.panels.trade !== DEFAULT_PANELS.trade) params.set('trade', snapshot.panels.trade);
  if (snapshot.panels.nearKm !== DEFAULT_PANELS.nearKm) params.set('near', String(snapshot.panels.nearKm));
  if (snapshot.year !== null) params.set('year', String(snapshot.year));
  if (snapshot.locale !== 'en') params.set('lang', snapshot.locale);
  if (snapshot.textSize !== 'normal') params.set('text', snapshot.textSize);
  if (snapshot.localNames) params.set('names', 'local');
  if (snapshot.camera) {
    const { center, zoom } = snapshot.camera;
    params.set('map', `${center[1].toFixed(4)},${center[0].toFixed(4)},${zoom.toFixed(2)}`);
  }
  return join(params);
}

function join(params: URLSearchParams): string {
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** Where in a deck a link points: `?deck=default&scene=3` (scenes count from 1, as the screen does). */
export interface SceneLink {
  deck: string;
  /** Zero-based. */
  scene: number;
}

export function readSceneLink(search: string): SceneLink | null {
  const params = new URLSearchParams(search);
  const deck = param(params, 'deck');
  if (!deck || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(deck) || deck.length > 60) return null;
  const scene = Number(param(params, 'scene') ?? '1');
  return { deck, scene: Number.isInteger(scene) && scene >= 1 && scene <= 1000 ? scene - 1 : 0 };
}

/**
 * A scene's address; the language is kept so a Japanese audience gets a Japanese link, and large
 * type so a projector's link opens legible.
 */
export function writeSceneLink(link: SceneLink, locale: string, textSize: TextSize = 'normal'): string {
  const params = new URLSearchParams({ deck: link.deck, scene: String(link.scene + 1) });
  if (locale !== 'en') params.set('lang', locale);
  if (textSize !== 'normal') params.set('text', textSize);
  return join(params);
}

export function readLocale(search: string): string | undefined {
  return param(new URLSearchParams(search), 'lang');
}

/**
 * The next address for a view or scene, and whether it is a step the back button undoes:
 * choosing a project, a filter, a panel, a year, a language or a scene is; moving the map only
 * updates the link. Null when the address already says it.
 */
export function nextAddress(
  current: string,
  shown: { snapshot: ViewSnapshot } | { scene: SceneLink; locale: string; textSize?: TextSize },
  known: KnownValues,
): { search: string; step: boolean } | null {
  const search =
    'scene' in shown ? writeSceneLink(shown.scene, shown.locale, shown.textSize) : writeUrl(shown.snapshot);
  if (search === current) return null;
  if ('scene' in shown || readSceneLink(current)) return { search, step: true };
  const was = readUrl(current, known);
  const now = shown.snapshot;
  const step =
    was.project !== now.project ||
    was.locale !== now.locale ||
    was.textSize !== now.textSize ||
    was.localNames !== now.localNames ||
    was.year !== now.year ||
    JSON.stringify(was.filters) !== JSON.stringify(now.filters) ||
    JSON.stringify(was.panels) !== JSON.stringify(now.panels);
  return { search, step };
}
