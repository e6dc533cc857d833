/** Where hotspot markers float: well inside the 50 m panorama sphere, comfortable to focus on. */
export const HOTSPOT_DISTANCE = 6;
/** Marker disc diameter in metres: about 6° at 6 m, a large target. */
export const HOTSPOT_DISC = 0.62;
