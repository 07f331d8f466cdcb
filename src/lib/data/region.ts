/** The atlas's region: mainland Southeast Asia with a margin. Data outside it is an error. */
export const REGION_BBOX = { west: 88, south: 4, east: 115, north: 30 } as const;

export function inRegion([lon, lat]: readonly [number, number]): boolean {
  return (
    lon >= REGION_BBOX.west && lon <= REGION_BBOX.east && lat >= REGION_BBOX.south && lat <= REGION_BBOX.north
  );
}
