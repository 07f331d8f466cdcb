/**
 * The address bar without its reader: writing a view or a scene into it, reading a scene link,
 * and telling whether it names a view at all. Reading a view from it is the one snapshot parser's
 * work (./url.ts, with zod), loaded only when the address names a view: an address that names
 * none reads as the default view, so a first visit or a scene link does not wait for the parser.
 */
import { DIMENSIONS } from '../data/filter';
import {
  DEFAULT_PANELS,
  DEFAULT_SNAPSHOT,
  type KnownValues,
  type TextSize,
  type ViewSnapshot,
} from './view-snapshot';

/** Longest parameter value read; anything longer is hostile or broken. */
const MAX_VALUE = 200;

/** Every parameter a view is read from; an address with none of them is the default view. */
export const VIEW_PARAMETERS = [
  ...DIMENSIONS,
  'years',
  'q',
  'project',
  'funding',
  'currency',
  'trade',
  'near',
  'year',
  'lang',
  'text',
  'names',
  'map',
] as const;
export type ViewParameter = (typeof VIEW_PARAMETERS)[number];

export function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && value.length <= MAX_VALUE ? value : undefined;
}

/** Whether the address has any of the view's parameters, whatever their values. */
export function namesView(search: string): boolean {
  const params = new URLSearchParams(search);
  return VIEW_PARAMETERS.some((name) => params.has(name));
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
 * updates the link. Null when the address already says it. `read` reads the address the page is
 * at (the link reader's `readUrl`); it is asked only when the step depends on it.
 */
export function nextAddress(
  current: string,
  shown: { snapshot: ViewSnapshot } | { scene: SceneLink; locale: string; textSize?: TextSize },
  read: (search: string) => ViewSnapshot,
): { search: string; step: boolean } | null {
  const search =
    'scene' in shown ? writeSceneLink(shown.scene, shown.locale, shown.textSize) : writeUrl(shown.snapshot);
  if (search === current) return null;
  if ('scene' in shown || readSceneLink(current)) return { search, step: true };
  const was = read(current);
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

type Reader = typeof import('./url');
let reader: Reader | null = null;
let loading: Promise<Reader> | null = null;

/** Loads the link reader (the snapshot's zod schema with it); one load, however often asked. */
export function loadReader(): Promise<Reader> {
  loading ??= import('./url').then((loaded) => (reader = loaded));
  return loading;
}

/** The link reader, if an address naming a view can be read now. */
export function readerNow(): Reader | null {
  return reader;
}

/**
 * Ready to read this address at once: at once when it names no view, else once the reader is
 * in. It never fails: a reader that did not load leaves the address unread (`viewNow` is null).
 */
export function readerFor(search: string): Promise<void> {
  return namesView(search)
    ? loadReader().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** The view an address names, if it can be read now: the default view when it names none. */
export function viewNow(search: string, known: KnownValues): ViewSnapshot | null {
  if (!namesView(search)) return DEFAULT_SNAPSHOT;
  return reader ? reader.readUrl(search, known) : null;
}
