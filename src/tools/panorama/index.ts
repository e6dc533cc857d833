/** Public entry of the panorama renderer (pure: no file or image I/O here). */
export { directionToYawPitch, pixelToDirection, yawPitchToDirection, yawPitchToPixel, type Vec3, type YawPitch } from './math.ts';
export { RoomsFile, ViewSpec, VideoSpec, AnimateSpec, resolveView, type ResolvedView } from './room-schema.ts';
export { compileScene, type Anchor, type Scene } from './scene.ts';
export { renderPanorama, renderRows, type RenderOptions, type RenderStats } from './render.ts';
export { LIBRARY } from './library/index.ts';
export { animateView, animationValue, checkVideo, renderVideoFrame } from './video.ts';
