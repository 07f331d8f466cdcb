import { describe, expect, it } from 'vitest';
import {
  breakdown,
  bucketOf,
  mainThread,
  moduleAt,
  moduleRegions,
  profileSamples,
  renderSteps,
  type CallFrame,
  type TraceEvent,
} from '../../bench/trace-breakdown';

const chunk = [
  '//#region the bundle',
  '// ../../work/repo/node_modules/maplibre-gl/dist/maplibre-gl.mjs',
  'var a = 1;',
  '// ../../work/repo/node_modules/svelte/src/internal/client/runtime.js',
  'function get() {}',
  '// src/lib/components/ProjectList.svelte',
  'function ProjectList() {}',
  '// node_modules/d3-scale/src/band.js',
  'function band() {}',
].join('\n');
const regions = moduleRegions(chunk);
const moduleOf = (url: string, line: number) => (url === 'index.js' ? moduleAt(regions, line) : null);
const frame = (functionName: string, line: number, url = 'index.js'): CallFrame => ({
  functionName,
  url,
  lineNumber: line,
  columnNumber: 0,
});

describe('which source module a line of an unminified chunk comes from', () => {
  it('reads the path comments before each module, as paths from the project root', () => {
    expect(regions.map((r) => r.module)).toEqual([
      'node_modules/maplibre-gl/dist/maplibre-gl.mjs',
      'node_modules/svelte/src/internal/client/runtime.js',
      'src/lib/components/ProjectList.svelte',
      'node_modules/d3-scale/src/band.js',
    ]);
    expect(moduleAt(regions, 0)).toBeNull();
    expect(moduleAt(regions, 2)).toBe('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
    expect(moduleAt(regions, 6)).toBe('src/lib/components/ProjectList.svelte');
    expect(moduleAt(regions, 100)).toBe('node_modules/d3-scale/src/band.js');
  });
});

describe('what a sample of the main thread is charged to', () => {
  it('charges the map’s frame and the map calls a page makes whoever called them', () => {
    // Stacks are leaf first.
    expect(bucketOf([frame('parse', 2), frame('_render', 2), frame('ProjectList', 6)], moduleOf)).toBe(
      'map: frame (_render)',
    );
    expect(bucketOf([frame('x', 2), frame('setFilter', 2), frame('ProjectList', 6)], moduleOf)).toBe(
      'map: setFilter',
    );
    expect(bucketOf([frame('x', 2), frame('fitBounds', 2)], moduleOf)).toBe('map: camera (fitBounds)');
  });

  it('charges Svelte’s runtime to the component that ran it, and names d3 and the browser’s own work', () => {
    expect(bucketOf([frame('get', 4), frame('ProjectList', 6)], moduleOf)).toBe(
      'svelte, for src/lib/components/ProjectList.svelte',
    );
    expect(bucketOf([frame('get', 4)], moduleOf)).toBe('svelte runtime');
    expect(bucketOf([frame('band', 8), frame('ProjectList', 6)], moduleOf)).toBe('d3');
    expect(bucketOf([frame('ProjectList', 6)], moduleOf)).toBe('src/lib/components/ProjectList.svelte');
    expect(bucketOf([frame('(garbage collector)', -1, '')], moduleOf)).toBe('GC');
    expect(bucketOf([frame('(program)', -1, '')], moduleOf)).toBe('native (style, layout, paint, GPU)');
    expect(bucketOf([frame('(idle)', -1, '')], moduleOf)).toBe('idle');
  });
});

const thread = { pid: 1, tid: 7 };
const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const trace: TraceEvent[] = [
  meta(1, 7, 'CrRendererMain'),
  meta(2, 9, 'CrRendererMain'),
  meta(1, 8, 'Compositor'),
  { name: 'Profile', ph: 'P', ts: 1000, pid: 1, tid: 7, id: '0x1', args: { data: { startTime: 1000 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 1100,
    pid: 1,
    tid: 99,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: frame('(root)', -1, '') },
            { id: 2, parent: 1, callFrame: frame('ProjectList', 6) },
            { id: 3, parent: 2, callFrame: frame('get', 4) },
          ],
          samples: [2, 3, 3, 2],
        },
        timeDeltas: [100, 1000, 1000, 2000],
      },
    },
  },
  { name: 'Layout', ph: 'X', ts: 1500, dur: 3000, pid: 1, tid: 7, args: {} },
  {
    name: 'Layout',
    ph: 'X',
    ts: 2500,
    dur: 1000,
    pid: 1,
    tid: 7,
    args: { beginData: { stackTrace: [{ functionName: 'measure' }] } },
  },
  { name: 'Layout', ph: 'X', ts: 9000, dur: 1000, pid: 1, tid: 7, args: {} },
  { name: 'Paint', ph: 'X', ts: 1600, dur: 500, pid: 1, tid: 8, args: {} },
];

describe('reading a trace', () => {
  it('finds the renderer’s main thread, the one whose process has the most events', () => {
    expect(mainThread(trace)).toEqual(thread);
    expect(mainThread([])).toBeNull();
  });

  it('rebuilds each sample’s stack and time from the profile chunks', () => {
    const samples = profileSamples(trace, thread);
    expect(samples.map((s) => s.ts)).toEqual([1100, 2100, 3100, 5100]);
    expect(samples[1]!.stack.map((f) => f.functionName)).toEqual(['get', 'ProjectList', '(root)']);
  });

  it('sums the time to the next sample, within the window, by what ran', () => {
    const samples = profileSamples(trace, thread);
    expect(breakdown(samples, 1000, 6000, moduleOf)).toEqual([
      ['svelte, for src/lib/components/ProjectList.svelte', 3],
      ['src/lib/components/ProjectList.svelte', 1.9],
    ]);
  });

  it('counts the main thread’s rendering steps in the window, and those a script forced', () => {
    expect(renderSteps(trace, thread, 1000, 6000)).toEqual({ Layout: { count: 2, ms: 4, forced: 1 } });
  });
});
