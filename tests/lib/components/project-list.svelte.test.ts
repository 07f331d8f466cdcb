// @vitest-environment happy-dom
import { flushSync, mount, tick, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../src/lib/data/schema';
import { validateAtlas } from '../../../src/lib/data/validate';
import { ViewState } from '../../../src/lib/state/view.svelte';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';
import Harness from './ProjectListHarness.svelte';

vi.mock('virtual:atlas', async () => {
  const { loadAtlas } = await import('../../../src/lib/data/read-geodata');
  return { default: loadAtlas(process.cwd()) };
});

// 2,000 projects and one corridor: copies of one fixture project, each with its own id and name.
const COUNT = 2000;
const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      corridor(),
      ...Array.from({ length: COUNT }, (_, i) => {
        const n = String(i).padStart(4, '0');
        return project({ id: `project-${n}`, name: { en: `Project ${n}` } });
      }),
    ],
  }),
);
const all = atlas!.projects as Project[];

function render(projects: readonly Project[] = all) {
  const chosen: string[] = [];
  const component = mount(Harness, {
    target: document.body,
    props: { all, projects, total: COUNT, view: new ViewState({ locale: 'en' }), chosen },
  });
  flushSync();
  const rows = () => [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')];
  const table = () => document.querySelector('table')!;
  return { chosen, rows, table, done: () => unmount(component) };
}

describe('the project table', () => {
  it('renders only the rows in view, yet tells assistive technology how many there are', () => {
    const { rows, table, done } = render();
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(50);
    expect(table().getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    // The header row is row 1; the projects follow in order from row 2.
    expect(rows()[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(rows()[0]!.textContent).toContain('Project 0000');
    done();
  });

  it('counts the projects, not the corridors, which it lists apart above the table', () => {
    const { table, done } = render();
    const heading = document.querySelector('#project-list-title')!.textContent!;
    expect(heading).toContain(`${COUNT} projects`);
    const group = document.querySelector('ul[aria-labelledby="corridor-list-title"]')!;
    expect(group.querySelector('button[data-project="corridor"]')).not.toBeNull();
    expect(table().querySelector('button[data-project="corridor"]')).toBeNull();
    done();
  });

  it('says how many of the projects the filters leave', () => {
    const { done } = render(all.slice(0, 11));
    // The corridor and ten projects are left: ten of the projects.
    expect(document.querySelector('#project-list-title')!.textContent).toContain(`10 of ${COUNT} projects`);
    done();
  });

  it('walks the rows with the arrow keys, End and Home, rendering each row it reaches', async () => {
    const { rows, chosen, done } = render();
    const focused = () => document.activeElement as HTMLButtonElement;
    const first = rows()[0]!.querySelector<HTMLButtonElement>('button[data-project]')!;
    // One row is in the tab order; the arrows move it.
    expect(document.querySelectorAll('tbody button[tabindex="0"]')).toHaveLength(1);
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await tick();
    expect(focused().dataset.project).toBe('project-0001');
    focused().dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await tick();
    await tick();
    expect(focused().dataset.project).toBe(`project-${COUNT - 1}`);
    expect(focused().closest('tr')!.getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
    focused().click();
    expect(chosen).toEqual([`project-${COUNT - 1}`]);
    focused().dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await tick();
    await tick();
    expect(focused().dataset.project).toBe('project-0000');
    done();
  });

  it('sorts every project, not just the rows in view', () => {
    const { rows, done } = render();
    document.querySelector<HTMLButtonElement>('th[aria-sort="ascending"] button')!.click();
    flushSync();
    expect(rows()[0]!.textContent).toContain(`Project ${COUNT - 1}`);
    done();
  });
});
