/**
 * Where the main thread's time goes between an input and the next frame, read from a Chromium
 * trace (its `devtools.timeline` events and the V8 sampling profile it carries). Pure, so the
 * attribution rules can be tested on small hand-made traces.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown>;
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

/** One sample of the main thread's JS stack, leaf first, at a trace timestamp (µs). */
export interface Sample {
  ts: number;
  stack: CallFrame[];
}

/** The renderer's main thread: the thread named CrRendererMain of the process with the most events. */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain',
  );
  if (mains.length === 0) return null;
  const count = (pid: number) => events.reduce((n, e) => n + (e.pid === pid ? 1 : 0), 0);
  const best = mains.reduce((a, b) => (count(b.pid) > count(a.pid) ? b : a));
  return { pid: best.pid, tid: best.tid };
}

/** The samples of the main thread's V8 profile, each with its whole stack. */
export function profileSamples(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
): Sample[] {
  const starts = events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  const out: Sample[] = [];
  for (const start of starts) {
    const nodes = new Map<number, ProfileNode>();
    let ts = (start.args?.data as { startTime?: number } | undefined)?.startTime ?? start.ts;
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.id !== start.id || chunk.pid !== thread.pid) continue;
      const data = chunk.args?.data as
        { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      samples.forEach((id, i) => {
        ts += deltas[i] ?? 0;
        const stack: CallFrame[] = [];
        for (let node = nodes.get(id); node; node = node.parent ? nodes.get(node.parent) : undefined)
          stack.push(node.callFrame);
        out.push({ ts, stack });
      });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Which source module a line of a built (unminified) chunk comes from: its `// path` region comments. */
export type ModuleOf = (url: string, line: number) => string | null;

/**
 * Reads the `// path/to/module.ts` comments an unminified Vite (rolldown) build puts before each
 * module's code, so a sample's line number names the module it ran in.
 */
export function moduleRegions(source: string): { line: number; module: string }[] {
  const out: { line: number; module: string }[] = [];
  source.split('\n').forEach((text, line) => {
    const m = /^\/\/ (\S+\.(?:[cm]?js|ts|svelte)(?:\?\S*)?)$/.exec(text);
    if (m) out.push({ line, module: m[1]!.replace(/^(\.\.\/)+(?:[^/]+\/)*?(node_modules|src)\//, '$2/') });
  });
  return out;
}

/** The module holding `line` (0-based) among regions sorted by line. */
export function moduleAt(regions: readonly { line: number; module: string }[], line: number): string | null {
  let lo = 0;
  let hi = regions.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.line <= line) {
      found = regions[mid]!.module;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** MapLibre's own entry points a page calls, by what they do to the next frame. */
const MAP_STYLE_CALLS = new Set([
  'setFilter',
  'setLayoutProperty',
  'setPaintProperty',
  'setFeatureState',
  'removeFeatureState',
  'setData',
  'moveLayer',
]);
const MAP_CAMERA_CALLS = new Set(['fitBounds', 'flyTo', 'jumpTo', 'easeTo', 'cameraForBounds']);

/**
 * The bucket a sample's time goes to. Outermost first: time under the map's frame (`_render`,
 * which includes the style update it triggers) is the map's frame whoever called it; time under a
 * MapLibre style or camera call is that call's; else the innermost frame's module decides, with
 * Svelte's runtime charged to the nearest component or state module that ran it.
 */
export function bucketOf(stack: readonly CallFrame[], moduleOf: ModuleOf): string {
  const leaf = stack[0];
  if (!leaf) return 'idle';
  if (leaf.functionName === '(garbage collector)') return 'GC';
  if (leaf.functionName === '(idle)') return 'idle';
  if (leaf.functionName === '(program)') return 'native (style, layout, paint, GPU)';
  const modules = stack.map((f) => (f.url ? moduleOf(f.url, f.lineNumber) : null));
  const inMap = (i: number) => modules[i]?.includes('maplibre-gl') ?? false;
  for (let i = stack.length - 1; i >= 0; i--) {
    if (!inMap(i)) continue;
    const name = stack[i]!.functionName;
    if (name === '_render') return 'map: frame (_render)';
    if (MAP_STYLE_CALLS.has(name)) return `map: ${name}`;
    if (MAP_CAMERA_CALLS.has(name)) return `map: camera (${name})`;
  }
  const own = modules.findIndex((m) => m !== null && m.startsWith('src/'));
  const first = modules.find((m) => m !== null) ?? null;
  if (first?.includes('node_modules/d3-')) return 'd3';
  if (first?.includes('maplibre-gl')) return 'map: other';
  if (first?.includes('node_modules/svelte/'))
    return own >= 0 ? `svelte, for ${modules[own]}` : 'svelte runtime';
  if (first?.startsWith('src/')) return first;
  if (first) return first;
  return leaf.url ? 'script (no module)' : leaf.functionName || 'native';
}

/** Sums the samples in [from, to] (µs) by bucket, in ms, largest first. */
export function breakdown(
  samples: readonly Sample[],
  from: number,
  to: number,
  moduleOf: ModuleOf,
): [string, number][] {
  const sums = new Map<string, number>();
  const inside = samples.filter((s) => s.ts >= from && s.ts <= to);
  inside.forEach((s, i) => {
    const next = inside[i + 1]?.ts ?? to;
    const ms = Math.max(0, next - s.ts) / 1000;
    const key = bucketOf(s.stack, moduleOf);
    sums.set(key, (sums.get(key) ?? 0) + ms);
  });
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Trace events of the renderer's rendering steps, in ms, within [from, to] (µs), by name. */
export const RENDER_STEPS = [
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MajorGC',
  'MinorGC',
] as const;

export function renderSteps(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
  to: number,
): Record<string, { count: number; ms: number; forced: number }> {
  const out: Record<string, { count: number; ms: number; forced: number }> = {};
  for (const e of events) {
    if (e.pid !== thread.pid || e.tid !== thread.tid || e.ph !== 'X') continue;
    if (!(RENDER_STEPS as readonly string[]).includes(e.name)) continue;
    if (e.ts < from || e.ts > to) continue;
    const step = (out[e.name] ??= { count: 0, ms: 0, forced: 0 });
    step.count++;
    step.ms += (e.dur ?? 0) / 1000;
    // A layout or style recalculation a script asked for (reading a size) carries its stack.
    const data = (e.args?.beginData ?? e.args?.data) as { stackTrace?: unknown[] } | undefined;
    if (data?.stackTrace?.length) step.forced++;
  }
  return out;
}
