import { describe, expect, it } from 'vitest';
import { imageLayout, type ImageContent, type Op } from '../../../src/lib/export/image-layout';

const measure = (text: string, font: string) =>
  text.length * Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]) * 0.55;

const content: ImageContent = {
  kicker: 'Deck',
  title: 'Cambodia: Sihanoukville Port and National Road No.5',
  caption: 'In August 2017 JICA signed a loan of up to 23.502 billion yen for the port.',
  legendTitle: 'On the map',
  legend: [
    { swatch: 'line', colour: '#0072B2', label: 'Transport' },
    { swatch: 'route-under-construction', colour: null, label: 'Under construction' },
  ],
  sourcesTitle: 'Sources of what is shown',
  sources: ['Signing of Japanese ODA Loan Agreement with Cambodia (8 Aug 2017)', 'Joint Statement, para. 11'],
  noSources: 'No figure shown here has a source to list.',
  asOf: 'Data as of 1 Dec 2026',
  attribution: 'Basemap: Natural Earth',
  lang: 'en',
};
const texts = (ops: Op[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

describe('imageLayout', () => {
  const one = imageLayout(content, { width: 900, height: 600 }, 1, measure);

  it('puts the map at full width, in its own proportions, below the title', () => {
    const map = one.ops.find((op) => op.kind === 'map')!;
    expect(map).toMatchObject({ x: 0, width: 900, height: 600 });
    const title = one.ops.find((op) => op.kind === 'text' && op.text.startsWith('Cambodia'))!;
    expect(title.y).toBeLessThan(map.y);
    expect(one.height).toBeGreaterThan(map.y + map.height);
  });

  it('lists every source, the as-of date and the credits below the map', () => {
    const all = texts(one.ops).join(' ');
    content.sources.forEach((line) => expect(all).toContain(line.split(' ')[0]));
    expect(all).toContain('Data as of 1 Dec 2026 · Basemap: Natural Earth');
  });

  it('draws a symbol beside each legend row', () => {
    expect(
      one.ops.filter((op) => op.kind === 'swatch').map((op) => op.kind === 'swatch' && op.swatch),
    ).toEqual(['line', 'route-under-construction']);
  });

  it('keeps text inside the image', () => {
    for (const op of one.ops)
      if (op.kind === 'text')
        expect(op.x + measure(op.text, `${op.font.size}px`)).toBeLessThanOrEqual(one.width);
  });

  it('is at 2× the same picture at twice the resolution, lines broken in the same places', () => {
    const two = imageLayout(content, { width: 900, height: 600 }, 2, measure);
    expect([two.width, two.height]).toEqual([one.width * 2, one.height * 2]);
    expect(texts(two.ops)).toEqual(texts(one.ops));
  });

  it('says so when nothing shown has a source', () => {
    const none = imageLayout({ ...content, sources: [] }, { width: 900, height: 600 }, 1, measure);
    expect(texts(none.ops)).toContain(content.noSources);
  });
});
