import { describe, expect, it } from 'vitest';
import { fundingSources, tradeSources } from '../../../src/lib/charts/chart-sources';
import { validateAtlas } from '../../../src/lib/data/validate';
import { project, rawAtlas } from '../../fixtures/atlas';

const point = (year: number, source: string, alt?: string) => ({
  year,
  value: 1,
  asStated: '1',
  refs: [{ source, para: 'x' }],
  alternatives: alt ? [{ value: 2, asStated: '2', refs: [{ source: alt }] }] : [],
});
const series = (id: string, points: unknown[]) => ({
  id,
  label: { en: id },
  unit: { en: 'US$ bn' },
  definition: { en: 'd' },
  points,
});

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [project()],
    series: [
      series('asean-japan-trade-total', [point(2011, 'summit'), point(2012, 'summit', 'operator')]),
      series('japan-fdi-into-asean', [point(2012, 'operator')]),
    ],
  }),
);

describe('chart sources', () => {
  it('lists each source of the funding chart’s amounts once', () => {
    expect(fundingSources(atlas!.projects, [])).toEqual([{ source: 'operator' }]);
  });

  it('leaves out the tranches a financier filter leaves out', () => {
    expect(fundingSources(atlas!.projects, [], { financier: ['adb'] })).toEqual([]);
  });

  it('lists the sources of the panel shown, other releases included', () => {
    expect(tradeSources(atlas!.series, 'trade')).toEqual([{ source: 'summit' }, { source: 'operator' }]);
    expect(tradeSources(atlas!.series, 'fdi')).toEqual([{ source: 'operator' }]);
  });
});
