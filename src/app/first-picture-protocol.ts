/** Messages between the app's first script and the first-picture worker. */
export interface FirstPictureRequest {
  /** Where the view is drawn: the worker owns it; absent where OffscreenCanvas is missing. */
  canvas?: OffscreenCanvas;
  /** The app's base URL, absolute. */
  base: string;
  /** Scenario path in the pack, as in #/play/<path>. */
  path: string;
  /** A device in a session may resume at another scene: then the worker does nothing. */
  outboxDbName: string;
  fov: number;
}

export type FirstPictureMessage =
  | { type: 'skip' }
  /** The start scene's images, before they are decoded: the app hands them to the viewer. */
  | { type: 'expect'; urls: string[] }
  | { type: 'image'; url: string; bitmap: ImageBitmap }
  | { type: 'image-failed'; url: string }
  /** The preview is on the canvas (after the worker's next frame). */
  | { type: 'drawn' }
  | { type: 'failed'; message: string };
