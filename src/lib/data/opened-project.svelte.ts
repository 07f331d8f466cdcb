/**
 * An opened project as its panel shows it: the index entry at once, the whole record once its
 * detail file is in, or the name of the file that failed.
 */
import type { Project, ProjectEntry } from './schema';
import { DetailLoadError, type DetailLoader } from './project-detail';

export class OpenedProject {
  /** The project whole, once its detail is in (null until then, or if it failed). */
  whole = $state.raw<Project | null>(null);
  /** The detail file that could not be loaded, or null. */
  failed = $state.raw<string | null>(null);
  #entry: ProjectEntry | null = null;

  constructor(private readonly loader: DetailLoader) {}

  get loading(): boolean {
    return this.whole === null && this.failed === null;
  }

  /** Shows `entry`; a detail that arrives for a project no longer shown is dropped. */
  open(entry: ProjectEntry): Promise<void> {
    this.#entry = entry;
    // Written, never read, here: a component's effect calling this depends only on `entry`.
    const cached = this.loader.cached(entry);
    this.whole = cached;
    this.failed = null;
    if (cached) return Promise.resolve();
    return this.loader.open(entry).then(
      (whole) => {
        if (this.#entry === entry) this.whole = whole;
      },
      (error: unknown) => {
        if (this.#entry === entry)
          this.failed = error instanceof DetailLoadError ? error.file : String(error);
      },
    );
  }
}
