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
import { changedFields } from './view-diff';
import { untrack } from 'svelte';

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

  /**
   * Applies a whole snapshot, e.g. from the address bar after back or forward, or a scene. Only
   * the fields whose values differ are set (view-diff.ts), so what did not change is not redone.
   */
  restore(snapshot: ViewSnapshot): void {
    // Always set: asking for the language shown also drops a switch still loading.
    this.locale = snapshot.locale;
    // Read untracked: a restore run from an effect must not make it depend on the whole view.
    for (const key of changedFields(
      untrack(() => this.snapshot()),
      snapshot,
    )) {
      if (key === 'textSize') this.textSize = snapshot.textSize;
      else if (key === 'localNames') this.localNames = snapshot.localNames;
      else if (key === 'project') this.project = snapshot.project;
      else if (key === 'camera') this.camera = snapshot.camera;
      else if (key === 'fit') this.fit = snapshot.fit;
      else if (key === 'filters') this.filters = snapshot.filters;
      else if (key === 'query') this.query = snapshot.query;
      else if (key === 'panels') this.panels = snapshot.panels;
      else if (key === 'year') this.year = snapshot.year;
    }
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
