// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Refs from '../../../src/lib/components/Refs.svelte';
import DataAsOf from '../../../src/lib/components/DataAsOf.svelte';
import type { Ref } from '../../../src/lib/data/schema';
import { ViewState } from '../../../src/lib/state/view.svelte';
import { loadLocale } from '../../../src/lib/i18n/translate';
// Japanese is loaded on demand in the app; these tests read it from the start.
beforeAll(() => loadLocale('ja'));

// The shipped data, read as the build reads it, so the citations are the app's own.
vi.mock('virtual:atlas', async () => {
  const { loadAtlas } = await import('../../../src/lib/data/read-geodata');
  return { default: loadAtlas(process.cwd()) };
});

function render(refs: Ref[], locale: 'en' | 'ja' = 'en') {
  const component = mount(Refs, { target: document.body, props: { refs, view: new ViewState({ locale }) } });
  flushSync();
  const text = document.body.textContent ?? '';
  return { text, done: () => unmount(component) };
}

describe('Refs', () => {
  it('cites a shared document by title, paragraph, publisher and date, its file name only as a detail', () => {
    const { text, done } = render([{ source: 'mj-summit-12-2020', para: '11' }]);
    expect(text).toContain('Joint Statement of the 12th Mekong-Japan Summit');
    expect(text).toContain('para. 11');
    expect(text).toContain('13 Nov 2020');
    expect(text).toContain('Official');
    expect(document.querySelector('.file')?.textContent).toBe('file 002_8c8b1a2f0346ba07.txt');
    done();
  });

  it('gives a web page its kind, its site and the date it was read', () => {
    const { text, done } = render([{ source: 'bangkokpost-full-services-red-line' }]);
    expect(document.querySelector('.kind')?.textContent).toBe('News');
    expect(text).toMatch(/www\.bangkokpost\.com, read \d+ \w+ \d{4}/);
    done();
  });

  it('says when a value rests on secondary sources only, and not when a primary one stands beside them', () => {
    const secondary = render([
      { source: 'bangkokpost-full-services-red-line' },
      { source: 'wikipedia-wattay-airport' },
    ]);
    expect(secondary.text).toContain('Secondary sources only');
    secondary.done();
    const mixed = render([
      { source: 'bangkokpost-full-services-red-line' },
      { source: 'jica-2020-nr5-loans' },
    ]);
    expect(mixed.text).not.toContain('Secondary sources only');
    mixed.done();
  });

  it('speaks Japanese in Japanese', () => {
    const { text, done } = render([{ source: 'bangkokpost-full-services-red-line' }], 'ja');
    expect(text).toContain('報道');
    expect(text).toContain('二次情報のみ');
    expect(text).toContain('閲覧');
    done();
  });
});

describe('DataAsOf', () => {
  it('shows the as-of date written out, with the machine date beside it', () => {
    const component = mount(DataAsOf, {
      target: document.body,
      props: { asOf: '2026-12-01', view: new ViewState() },
    });
    flushSync();
    const time = document.querySelector('time');
    expect(time?.textContent).toBe('Data as of 1 Dec 2026');
    expect(time?.getAttribute('datetime')).toBe('2026-12-01');
    unmount(component);
  });
});
