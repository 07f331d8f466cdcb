import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/config';

describe('readConfig', () => {
  it('uses the offline basemap unless an http(s) style address is configured', () => {
    expect(readConfig({}).basemapStyleUrl).toBeNull();
    expect(readConfig({ VITE_BASEMAP_STYLE_URL: 'javascript:alert(1)' }).basemapStyleUrl).toBeNull();
    expect(
      readConfig({ VITE_BASEMAP_STYLE_URL: ' https://tiles.example.org/style.json ' }).basemapStyleUrl,
    ).toBe('https://tiles.example.org/style.json');
  });
});
