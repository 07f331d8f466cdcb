/**
 * Stacking marks or labels that would overlap: each takes the first lane whose last
 * occupant ends before it starts. Callers place their items left to right.
 */
export function laneFor(laneEnds: number[], start: number, end: number): number {
  let lane = laneEnds.findIndex((last) => last < start);
  if (lane === -1) lane = laneEnds.length;
  laneEnds[lane] = end;
  return lane;
}
