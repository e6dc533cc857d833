/** Headsets load at most this width well (docs/scenario-format.md: 4096×2048 looks good everywhere). */
export const FULL_MAX_WIDTH = 4096;
/** The preview every scene shows at once while its full image loads. */
export const PREVIEW_WIDTH = 512;
export const PREVIEW_HEIGHT = 256;
