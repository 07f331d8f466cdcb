/** Transient pointer and focus state, shared by the map, the list and the charts; never in a link or scene. */
export class Interaction {
  /** The project under the pointer or keyboard focus. */
  hovered = $state<string | null>(null);
  /** What the map shows now, [west, south, east, north], so a legend can list only what is in view. */
  viewBounds = $state.raw<[number, number, number, number] | null>(null);
}
