/**
 * Reading the view in the address bar: readable parameters a colleague can edit by hand
 * (`?country=KH,VN&years=2015-2020&project=hcmc-metro-line-1&lang=ja&map=10.8,106.7,11`), and the
 * scene of a deck (`?deck=default&scene=3`). Reading never trusts the address: the parameters are
 * turned into a raw snapshot and read by the one snapshot parser, which drops anything malformed.
 * Writing, and the scene links, are in ./address.ts, which the first view loads without this.
 */
import { DIMENSIONS, type YearRange } from '../data/filter';
import { readSnapshot, type KnownValues, type ViewSnapshot } from './snapshot';
import { param, type ViewParameter } from './address';

export { nextAddress, readLocale, readSceneLink, writeSceneLink, writeUrl, type SceneLink } from './address';

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
  // Only the view's parameters: one left out of the list would make an address naming only it
  // read as the default view without being read here.
  const get = (name: ViewParameter) => param(params, name);
  const map = get('map')?.split(',').map(number);
  const camera =
    map && map.length === 3 ? { center: [map[1], map[0]] as [number, number], zoom: map[2] } : undefined;
  const filters = {
    ...Object.fromEntries(DIMENSIONS.map((d) => [d, get(d)?.split(',') ?? []])),
    years: readYears(get('years')),
  };
  return readSnapshot(
    {
      project: get('project'),
      locale: get('lang'),
      textSize: get('text'),
      localNames: get('names') === 'local' || undefined,
      camera,
      filters,
      query: get('q'),
      panels: {
        fundingBy: get('funding'),
        currency: get('currency')?.toUpperCase(),
        trade: get('trade'),
        nearKm: number(get('near')),
      },
      year: number(get('year')),
    },
    known,
  );
}
