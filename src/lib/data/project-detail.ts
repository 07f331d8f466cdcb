/**
 * An opened project's detail, fetched once from data/projects/<id>.json (the build wrote it from
 * validated data, so it is only parsed) and kept for the rest of the visit.
 */
import type { Project, ProjectDetail, ProjectEntry } from './schema';
import { detailFile, joinProject } from './project-split';

/** A detail file that did not load; the message names it as the page addresses it. */
export class DetailLoadError extends Error {
  constructor(readonly file: string) {
    super(`${file} could not be loaded`);
  }
}

export interface DetailLoader {
  /** The project whole, once its detail is in; rejects with a DetailLoadError. */
  open(entry: ProjectEntry): Promise<Project>;
  /** The project whole if its detail is already in, else null. */
  cached(entry: ProjectEntry): Project | null;
}

export function detailLoader(
  base: () => string,
  fetchFile: typeof fetch = (...a) => fetch(...a),
): DetailLoader {
  const pending = new Map<string, Promise<ProjectDetail>>();
  const loaded = new Map<string, ProjectDetail>();
  async function load(id: string): Promise<ProjectDetail> {
    const file = detailFile(id);
    try {
      const response = await fetchFile(new URL(file, base()));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const detail = (await response.json()) as ProjectDetail;
      loaded.set(id, detail);
      return detail;
    } catch {
      // Not kept: opening the project again tries again.
      pending.delete(id);
      throw new DetailLoadError(file);
    }
  }
  return {
    async open(entry) {
      let detail = pending.get(entry.id);
      if (!detail) pending.set(entry.id, (detail = load(entry.id)));
      return joinProject(entry, await detail);
    },
    cached(entry) {
      const detail = loaded.get(entry.id);
      return detail ? joinProject(entry, detail) : null;
    },
  };
}

/** The page's one loader. */
export const details: DetailLoader = detailLoader(() =>
  typeof document === 'undefined' ? 'http://localhost/' : document.baseURI,
);
