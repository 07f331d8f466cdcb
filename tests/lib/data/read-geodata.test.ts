import { describe, expect, it } from 'vitest';
import { geodataLocation } from '../../../src/lib/data/read-geodata';

describe('geodataLocation', () => {
  it('reads <root>/geodata when ATLAS_GEODATA is not set', () => {
    expect(geodataLocation('/repo', {})).toEqual({ root: '/repo', geodata: '/repo/geodata' });
  });

  it('reads the folder ATLAS_GEODATA names, with file names relative to its parent', () => {
    expect(geodataLocation('/repo', { ATLAS_GEODATA: '/tmp/bench/geodata' })).toEqual({
      root: '/tmp/bench',
      geodata: '/tmp/bench/geodata',
    });
  });
});
