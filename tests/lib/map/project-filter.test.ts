import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { builtExpression, projectIn } from '../../../src/lib/map/project-layers';

/** Evaluates an expression as MapLibre does, on a feature with these properties. */
function evaluate(value: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(value, { type: 'boolean' } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never);
}

describe('the map filter over project ids', () => {
  it('keeps the features of the projects given and no others', () => {
    const filter = projectIn(['hcmc-metro-line-1', 'national-road-5']);
    expect(evaluate(filter, { project: 'national-road-5' })).toBe(true);
    expect(evaluate(filter, { project: 'hcmc-metro-line-1' })).toBe(true);
    expect(evaluate(filter, { project: 'thilawa-sez' })).toBe(false);
  });

  it('is a match on the id, a lookup rather than a scan of the list', () => {
    expect(projectIn(['a', 'b'])[0]).toBe('match');
  });

  it('leaves nothing when no project is given, which a match cannot say', () => {
    expect(evaluate(projectIn([]), { project: 'national-road-5' })).toBe(false);
  });

  it('takes an id given twice once, as a match requires', () => {
    expect(evaluate(projectIn(['a', 'a', 'b']), { project: 'a' })).toBe(true);
  });

  it('holds 10,000 projects', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `project-${i}`);
    const filter = projectIn(ids);
    expect(evaluate(filter, { project: 'project-9999' })).toBe(true);
    expect(evaluate(filter, { project: 'project-10000' })).toBe(false);
  });
});

describe('drawn as built', () => {
  it('follows the data’s status without a timeline year', () => {
    expect(evaluate(builtExpression(null), { project: 'x', status: 'operational' })).toBe(true);
    expect(evaluate(builtExpression(null), { project: 'x', status: 'planned' })).toBe(false);
  });

  it('follows the projects built in the timeline’s year, whatever the data’s status', () => {
    const built = builtExpression(['x']);
    expect(evaluate(built, { project: 'x', status: 'planned' })).toBe(true);
    expect(evaluate(built, { project: 'y', status: 'operational' })).toBe(false);
    expect(evaluate(builtExpression([]), { project: 'x', status: 'operational' })).toBe(false);
  });
});
