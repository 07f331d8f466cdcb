/**
 * Whether the browser can draw the interactive map. MapLibre GL JS 6 needs WebGL2; without it the
 * app shows the static overview map instead of a spinner that never ends. `?webgl=0` in the
 * address forces the static map (to test or to present on a machine whose WebGL misbehaves).
 */
export function webglForcedOff(search: string): boolean {
  return new URLSearchParams(search).get('webgl') === '0';
}

/** True when a WebGL2 context can be made; the test context is released at once. */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export function canDrawMap(search: string, doc: Document = document): boolean {
  return !webglForcedOff(search) && hasWebGL2(doc);
}
