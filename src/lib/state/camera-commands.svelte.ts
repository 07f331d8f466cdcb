/**
 * Requests to move the camera, kept apart from the view: the view says where the map is, a
 * command says where it should go and how. Each request is a new object, so asking twice for
 * the same place moves the map twice.
 */
import type { Camera } from './snapshot';

/** Room to leave around framed bounds, in CSS pixels, e.g. beside a briefing's story column. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type CameraRequest =
  | { kind: 'camera'; camera: Camera; animate: boolean }
  /** Frame [west, south, east, north]. */
  | {
      kind: 'bounds';
      bounds: [number, number, number, number];
      maxZoom: number;
      animate: boolean;
      padding: Padding | null;
    };

export class CameraCommands {
  request = $state.raw<CameraRequest | null>(null);

  goTo(camera: Camera, animate = true): void {
    this.request = { kind: 'camera', camera, animate };
  }

  frame(
    bounds: [number, number, number, number],
    { maxZoom = 12, animate = true, padding = null as Padding | null } = {},
  ): void {
    this.request = { kind: 'bounds', bounds, maxZoom, animate, padding };
  }
}
