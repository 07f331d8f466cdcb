import { describe, expect, it } from 'vitest';
import { corridorNames, filterSummary } from '../../../src/lib/data/filter-labels';
import { NO_FILTERS } from '../../../src/lib/data/filter';
import { validateAtlas } from '../../../src/lib/data/validate';
import { translate } from '../../../src/lib/i18n/translate';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(rawAtlas({ projects: [project(), corridor()] }));
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

describe('filterSummary', () => {
  const names = corridorNames(atlas!.projects, 'en');

  it('is empty when nothing is filtered', () => {
    expect(filterSummary(NO_FILTERS, t, names)).toBe('');
  });

  it('names each filter and its values as the filter panel does, and the years', () => {
    const filters = {
      ...NO_FILTERS,
      country: ['KH', 'LA'],
      status: ['operational'],
      years: { from: 2015, to: null },
    };
    expect(filterSummary(filters, t, names)).toBe(
      'Country: Cambodia, Lao PDR · Status: Operational · Milestone years: 2015–Latest',
    );
  });

  it('names a corridor by its name, not its id', () => {
    const [id, name] = [...names][0]!;
    expect(filterSummary({ ...NO_FILTERS, corridor: [id] }, t, names)).toBe(`Corridor: ${name}`);
  });
});
