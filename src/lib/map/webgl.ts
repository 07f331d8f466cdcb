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

/**
 * Whether a map has been made on this page already: its WebGL2 context is the proof, and a test
 * context costs as much as a map's own (some 150 ms under software WebGL), so none is made then.
 */
let mapMade = false;

/** Records that a map was made on this page (map-start.ts, before the app asks). */
export function noteMapMade(): void {
  mapMade = true;
}

export function canDrawMap(search: string, doc: Document = document): boolean {
  return !webglForcedOff(search) && (mapMade || hasWebGL2(doc));
}
