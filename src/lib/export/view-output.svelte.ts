/**
 * Image export and print of the view on screen: the picture of the view with its title, legend
 * and sources, a project's brief, a deck's handout, and the sheet the browser's own Print gets.
 * It comes with the output chunk; the app hands it what it needs to read from the page.
 */
import { tick, flushSync } from 'svelte';
import { atlas } from '../data/atlas';
import type { Deck, Scene } from '../data/deck';
import type { Project, ProjectEntry } from '../data/schema';
import { imageFileName } from '../data/export-name';
import { corridorNames, filterSummary } from '../data/filter-labels';
import { formatDate, projectName } from '../data/format';
import { isFiltered } from '../data/filter';
import { localized, type Localized } from '../data/localized';
import { details } from '../data/project-detail';
import type { statusesAt } from '../data/status-at';
import { BASEMAP_ATTRIBUTION } from '../map/basemap-style';
import { legendItems, legendRows } from '../map/legend';
import { PROJECT_ATTRIBUTION } from '../map/project-layers';
import type { CameraCommands } from '../state/camera-commands.svelte';
import type { ViewState } from '../state/view.svelte';
import { completeSnapshot, type ViewSnapshot } from '../state/view-snapshot';
import { captureScenes } from './handout';
import { withoutLeft, type MapCapture, type MapPixels } from './map-pixels';
import { Printing, type Heading, type MapImage } from './printing.svelte';
import { saveFile } from './save-file';
import { shownRefs } from './shown-refs';
import { mapPhoto, sourceList, viewImage } from './view-image';

/** What the page shows that an image or print of it needs, read at the moment it is made. */
export interface OutputContext {
  view: ViewState;
  camera: CameraCommands;
  /** The map's pixels, once a map is drawn. */
  capture(): MapCapture | null;
  /** The briefing on screen, if a deck is being presented. */
  briefing(): { deck: Deck; scene: Scene | null; index: number } | null;
  /** The width of the briefing's story column over the map's left side, in CSS pixels. */
  storyWidth(): number;
  selected(): ProjectEntry | null;
  /** The projects the filters leave that are in view: what the legend and sources explain. */
  inView(): readonly ProjectEntry[];
  statuses(): ReturnType<typeof statusesAt>;
  bringIntoView(id: string, animate: boolean): void;
  /** Puts a scene's view on the map, for a handout's pictures. */
  frame(snapshot: ViewSnapshot, animate: boolean): void;
  /** Tells the user what failed. */
  notify(message: string): void;
}

/** The map's size on paper, in CSS pixels: the width of an A4 page's text, at 16:9. */
const PRINT_MAP = { width: 1024, height: 576 };
/** About 200 dpi across an A4 page: sharp on paper, and a deck of scenes still prints quickly. */
const HANDOUT_SCALE = 1.5;

export class ViewOutput {
  readonly printing = new Printing();
  /** An image or print is being made: the buttons wait. */
  exporting = $state(false);

  constructor(private readonly page: OutputContext) {}

  get #t() {
    return this.page.view.t;
  }

  #text(value: Localized) {
    return localized(value, this.page.view.locale);
  }

  #failed(error: unknown) {
    this.page.notify(
      this.#t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
    );
  }

  /** What an image or print of the view is titled: the scene, else the project and the filters. */
  #heading(): Heading {
    const { view } = this.page;
    const t = this.#t;
    const briefing = this.page.briefing();
    if (briefing?.scene)
      return {
        kicker: this.#text(briefing.deck.title),
        title: this.#text(briefing.scene.title),
        caption: this.#text(briefing.scene.caption),
      };
    const filters = filterSummary(view.filters, t, corridorNames(atlas.projects, view.locale));
    const year = view.year !== null ? t('timeline.asOf', { year: view.year }) : '';
    const caption = [filters, year].filter(Boolean).join(' · ') || undefined;
    const selected = this.page.selected();
    if (selected) return { kicker: t('app.title'), title: projectName(selected, view.locale), caption };
    const title = isFiltered(view.filters) ? t('export.filtered') : t('export.allProjects');
    return { kicker: t('app.title'), title, caption };
  }

  #legend = () => legendRows(legendItems(this.page.inView(), this.page.statuses()), this.#t);

  #sources() {
    const { view } = this.page;
    const scene = this.page.briefing()?.scene;
    return sourceList(
      shownRefs(scene?.refs ?? [], this.page.inView(), view.year),
      atlas.sourceById,
      view.locale,
      this.#t,
    );
  }

  async saveImage(scale: 1 | 2) {
    const capture = this.page.capture();
    if (!capture || this.exporting) return;
    this.exporting = true;
    const { view } = this.page;
    const t = this.#t;
    const briefing = this.page.briefing();
    try {
      // A slide is what the audience sees: the map beside the story column, not under it.
      const pixels = withoutLeft(await capture.capture(scale), briefing ? this.page.storyWidth() : 0, scale);
      const blob = await viewImage(
        pixels,
        {
          ...this.#heading(),
          legendTitle: t('legend.onMap'),
          legend: this.#legend(),
          sourcesTitle: t('export.sourcesShown'),
          sources: this.#sources(),
          noSources: t('export.noSources'),
          asOf: t('app.asOf', { date: formatDate(atlas.meta.asOf, view.locale) }),
          attribution: `${BASEMAP_ATTRIBUTION} · ${PROJECT_ATTRIBUTION}`,
          lang: view.locale,
        },
        scale,
      );
      const subject = briefing
        ? { scene: { deck: briefing.deck.id, n: briefing.index + 1 } }
        : { project: view.project, filters: view.filters, year: view.year };
      saveFile(blob, 'image/png', imageFileName(subject, atlas.meta.asOf, scale));
    } catch (error) {
      this.#failed(error);
    } finally {
      this.exporting = false;
    }
  }

  async #photo(pixels: MapPixels): Promise<MapImage> {
    return { url: this.printing.keep(await mapPhoto(pixels)), width: pixels.width, height: pixels.height };
  }

  /**
   * The print job for the view as it is: the selected project's brief (`whole`, the project with
   * its detail), else the map and its sources.
   */
  #viewJob(image: MapImage | null, whole: Project | null) {
    const legend = this.#legend();
    if (whole) this.printing.set({ kind: 'brief', project: whole, image, legend });
    else
      this.printing.set({ kind: 'view', heading: this.#heading(), image, legend, sources: this.#sources() });
  }

  /** Prints once every image on the sheet is decoded, so no page goes out with a blank map. */
  async #print() {
    await tick();
    const images = [...document.querySelectorAll<HTMLImageElement>('.print-sheet img')];
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    window.print();
  }

  async printView() {
    if (this.exporting) return;
    this.exporting = true;
    try {
      const selected = this.page.selected();
      const capture = this.page.capture();
      const prepare = async () => {
        if (selected) this.page.bringIntoView(selected.id, false);
        await tick();
      };
      // A project no source locates gets no map: a map of the region would suggest it is there.
      const located = !selected || selected.geometry.parts.length > 0;
      // The brief needs the project's detail; a file that fails to load stops the print with its name.
      const whole = selected ? await details.open(selected) : null;
      const image =
        capture && located ? await this.#photo(await capture.capture(2, { size: PRINT_MAP, prepare })) : null;
      this.#viewJob(image, whole);
      await this.#print();
    } catch (error) {
      this.#failed(error);
    } finally {
      this.exporting = false;
    }
  }

  /** Puts each scene on the map in turn, keeps its picture, then restores the view the user had. */
  async printHandout(deck: Deck) {
    const capture = this.page.capture();
    if (!capture || this.printing.progress) return;
    const { view, camera } = this.page;
    const before = view.snapshot();
    try {
      const pages = await captureScenes(deck, {
        capture: async (scene) => {
          const snapshot = {
            ...completeSnapshot(scene.view),
            locale: view.locale,
            textSize: view.textSize,
            localNames: view.localNames,
          };
          const prepare = async () => {
            view.restore(snapshot);
            this.page.frame(snapshot, false);
            await tick();
          };
          return this.#photo(await capture.capture(HANDOUT_SCALE, { size: PRINT_MAP, prepare }));
        },
        legend: this.#legend,
        progress: (done, total) => (this.printing.progress = { done, total }),
      });
      this.printing.progress = null;
      view.restore(before);
      if (before.camera) camera.goTo(before.camera, false);
      this.printing.set({ kind: 'handout', deck, pages });
      await this.#print();
    } catch (error) {
      this.#failed(error);
    } finally {
      this.printing.progress = null;
    }
  }

  /** The browser's own Print (Ctrl+P) gets the same sheet, from the map as it is this instant. */
  beforePrint() {
    if (this.printing.job) return;
    const capture = this.page.capture();
    let image: MapImage | null = null;
    if (capture) {
      const pixels = capture.now();
      if (pixels.width > 0)
        image = {
          url: pixels.canvas.toDataURL('image/jpeg', 0.9),
          width: pixels.width,
          height: pixels.height,
        };
    }
    const selected = this.page.selected();
    flushSync(() => this.#viewJob(image, selected && details.cached(selected)));
  }
}
