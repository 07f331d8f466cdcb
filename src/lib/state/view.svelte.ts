/**
 * The view's state: exactly what a link or a scene restores (see snapshot.ts), and nothing
 * transient. Hover lives in `Interaction`, camera moves in `CameraCommands`.
 */
import { hasLocale, loadLocale, translate, type Locale } from '../i18n/translate';
import type { MessageKey } from '../i18n/en';
import { NO_FILTERS, type Dimension, type FilterValues, type YearRange } from '../data/filter';
import {
  DEFAULT_PANELS,
  SNAPSHOT_VERSION,
  type Camera,
  type PanelChoices,
  type TextSize,
  type ViewSnapshot,
} from './view-snapshot';

export class ViewState {
  #locale = $state<Locale>('en');
  /** The language last asked for; shown once its messages are loaded. */
  #wanted: Locale = 'en';
  /**
   * The language the view is shown in. Asking for one whose messages are not loaded yet loads
   * them first and switches then, so no text shows in English in between; if several are asked
   * for meanwhile, the last one wins.
   */
  get locale(): Locale {
    return this.#locale;
  }
  set locale(locale: Locale) {
    this.#wanted = locale;
    if (hasLocale(locale)) this.#locale = locale;
    else
      loadLocale(locale).then(
        () => {
          if (this.#wanted === locale) this.#locale = locale;
        },
        () => {
          // The catalogue did not load: the view stays in the language it is shown in.
          if (this.#wanted === locale) this.#wanted = this.#locale;
        },
      );
  }
  textSize = $state<TextSize>('normal');
  /** The map shows local-script names under its labels. */
  localNames = $state(false);
  /** The selected project id. */
  project = $state<string | null>(null);
  camera = $state.raw<Camera | null>(null);
  /** Projects a scene frames; cleared when the user moves the map. */
  fit = $state.raw<readonly string[] | null>(null);
  filters = $state.raw<FilterValues>(NO_FILTERS);
  query = $state('');
  panels = $state.raw<PanelChoices>(DEFAULT_PANELS);
  /** The timeline year; null shows every project as it is today. */
  year = $state<number | null>(null);

  constructor(initial?: Partial<ViewSnapshot>) {
    if (initial) this.restore({ ...this.snapshot(), ...initial });
  }

  toggleFilter(dimension: Dimension, value: string): void {
    const chosen = this.filters[dimension];
    this.filters = {
      ...this.filters,
      [dimension]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value],
    };
  }

  setYears(years: YearRange): void {
    this.filters = { ...this.filters, years };
  }

  setPanel<K extends keyof PanelChoices>(key: K, value: PanelChoices[K]): void {
    this.panels = { ...this.panels, [key]: value };
  }

  clearFilters(): void {
    this.filters = NO_FILTERS;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(this.locale, key, params);

  select(id: string | null): void {
    this.project = id;
  }

  /** The map moved: the view now has a camera of its own. */
  moved(camera: Camera): void {
    this.camera = camera;
    this.fit = null;
  }

  /** Applies a whole snapshot, e.g. from the address bar after back or forward, or a scene. */
  restore(snapshot: ViewSnapshot): void {
    this.locale = snapshot.locale;
    this.textSize = snapshot.textSize;
    this.localNames = snapshot.localNames;
    this.project = snapshot.project;
    this.camera = snapshot.camera;
    this.fit = snapshot.fit;
    this.filters = snapshot.filters;
    this.query = snapshot.query;
    this.panels = snapshot.panels;
    this.year = snapshot.year;
  }

  snapshot(): ViewSnapshot {
    return {
      version: SNAPSHOT_VERSION,
      locale: this.locale,
      textSize: this.textSize,
      localNames: this.localNames,
      project: this.project,
      camera: this.camera,
      fit: this.fit,
      filters: this.filters,
      query: this.query,
      panels: this.panels,
      year: this.year,
    };
  }
}
