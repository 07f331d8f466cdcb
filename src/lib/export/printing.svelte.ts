/**
 * What the next print shows. The app's screen layout is hidden on paper; instead the print sheet
 * renders this job: a picture of the view, a project brief or a deck handout.
 */
import type { Deck, Scene } from '../data/deck';
import type { Project } from '../data/schema';
import type { LegendRow } from '../map/legend';

export interface MapImage {
  url: string;
  width: number;
  height: number;
}

/** What a view's image or print is titled: a scene, a project, or what the filters leave. */
export interface Heading {
  kicker?: string;
  title: string;
  caption?: string;
}

export interface HandoutPage {
  scene: Scene;
  image: MapImage | null;
  legend: LegendRow[];
}

export type PrintJob =
  | { kind: 'view'; heading: Heading; image: MapImage | null; legend: LegendRow[]; sources: string[] }
  | { kind: 'brief'; project: Project; image: MapImage | null; legend: LegendRow[] }
  | { kind: 'handout'; deck: Deck; pages: HandoutPage[] };

export class Printing {
  job = $state.raw<PrintJob | null>(null);
  /** Scenes captured so far while a handout is being prepared. */
  progress = $state.raw<{ done: number; total: number } | null>(null);
  #urls: string[] = [];

  /** Keeps `blob` as an address the print sheet's images can use until the job is cleared. */
  keep(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.#urls.push(url);
    return url;
  }

  set(job: PrintJob): void {
    this.job = job;
  }

  clear(): void {
    this.job = null;
    this.progress = null;
    this.#urls.forEach((url) => URL.revokeObjectURL(url));
    this.#urls = [];
  }
}
