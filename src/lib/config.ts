/**
 * Deployment configuration, read once from build-time environment variables.
 * By default the app uses its own offline basemap and makes no request outside its origin.
 * VITE_BASEMAP_STYLE_URL: an online MapLibre style a deployer chooses instead (an http(s) address).
 */
export interface AtlasConfig {
  basemapStyleUrl: string | null;
}

export function readConfig(env: Record<string, string | undefined>): AtlasConfig {
  const url = env.VITE_BASEMAP_STYLE_URL?.trim();
  return { basemapStyleUrl: url && /^https?:\/\//.test(url) ? url : null };
}

export const config: AtlasConfig = readConfig(import.meta.env);
