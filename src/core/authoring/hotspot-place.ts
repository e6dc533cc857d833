/**
 * Where a hotspot sits, as the format wants it: yaw wrapped into −180…180 (dragging past the
 * back of the panorama goes on at the other side), pitch stopped at straight up or down, both
 * rounded to 0.1° so the JSON stays readable and a drag does not write 15 decimals.
 */
export interface HotspotPlace {
  yaw: number;
  pitch: number;
}

const tenth = (deg: number) => {
  const r = Math.round(deg * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

/** Undefined when yaw or pitch is not a finite number (NaN from a broken pointer event). */
export function hotspotPlace(yaw: number, pitch: number): HotspotPlace | undefined {
  if (!Number.isFinite(yaw) || !Number.isFinite(pitch)) return undefined;
  const wrapped = ((((yaw + 180) % 360) + 360) % 360) - 180;
  return { yaw: tenth(wrapped), pitch: tenth(Math.min(90, Math.max(-90, pitch))) };
}
