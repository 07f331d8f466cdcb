import { describe, expect, it, vi } from 'vitest';
import { canDrawMap, hasWebGL2, webglForcedOff } from '../../../src/lib/map/webgl';

/** A document whose canvases answer getContext as given. */
const fakeDocument = (answer: (kind: string) => unknown) =>
  ({ createElement: () => ({ getContext: answer }) }) as unknown as Document;

describe('WebGL detection', () => {
  it('finds WebGL2 when a context can be made, and releases it', () => {
    let lost = false;
    const gl = { getExtension: () => ({ loseContext: () => (lost = true) }) };
    expect(hasWebGL2(fakeDocument((k) => (k === 'webgl2' ? gl : null)))).toBe(true);
    expect(lost).toBe(true);
  });

  it('reports no WebGL2 when the browser gives no context, WebGL1 only, or throws', () => {
    expect(hasWebGL2(fakeDocument(() => null))).toBe(false);
    expect(hasWebGL2(fakeDocument((k) => (k === 'webgl' ? {} : null)))).toBe(false);
    expect(
      hasWebGL2(
        fakeDocument(() => {
          throw new Error('blocked');
        }),
      ),
    ).toBe(false);
  });

  it('is forced off by ?webgl=0 only', () => {
    expect(webglForcedOff('?webgl=0')).toBe(true);
    expect(webglForcedOff('?lang=ja&webgl=0')).toBe(true);
    expect(webglForcedOff('?webgl=1')).toBe(false);
    expect(webglForcedOff('')).toBe(false);
    const gl = { getExtension: () => null };
    expect(
      canDrawMap(
        '?webgl=0',
        fakeDocument(() => gl),
      ),
    ).toBe(false);
    expect(
      canDrawMap(
        '',
        fakeDocument(() => gl),
      ),
    ).toBe(true);
  });

  it('makes no test context once a map has been made on the page, unless WebGL is turned off', async () => {
    vi.resetModules();
    const webgl = await import('../../../src/lib/map/webgl');
    let made = 0;
    const counting = fakeDocument(() => {
      made++;
      return { getExtension: () => null };
    });
    expect(webgl.canDrawMap('', counting)).toBe(true);
    expect(made).toBe(1);
    webgl.noteMapMade();
    expect(webgl.canDrawMap('', counting)).toBe(true);
    expect(webgl.canDrawMap('?webgl=0', counting)).toBe(false);
    expect(made).toBe(1);
  });
});
