import type { ViewState } from './viewer-store.ts';

/** Flat-mode pitch stays short of straight up and down, where the view would flip. */
export const clampPitch = (p: number) => Math.max(-85, Math.min(85, p));
/** Yaw in −180…180. */
export const wrapYaw = (y: number) => ((((y + 180) % 360) + 360) % 360) - 180;

/**
 * Where in the content the viewer looks (yaw −180…180, pitch −90…90), whatever the VR recenter
 * turned. Pure, so shells can read it without loading three.
 */
export function lookedAt(view: Pick<ViewState, 'headYaw' | 'headPitch' | 'worldYawOffset'>): { yaw: number; pitch: number } {
  return { yaw: wrapYaw(view.headYaw - view.worldYawOffset), pitch: Math.max(-90, Math.min(90, view.headPitch)) };
}
