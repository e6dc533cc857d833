import type { Texture, WebGLRenderer } from 'three';
import { measure } from './perf-marks.ts';

/**
 * Rows per band. A 4096-wide band of 32 rows is 512 KiB: a fraction of a millisecond on a GPU,
 * a few to tens of milliseconds where the "GPU" is the CPU (SwiftShader in tests).
 */
const BAND_ROWS = 32;
/** Bands per turn stop once this much time is spent, so a frame keeps its time for drawing. */
const TURN_BUDGET_MS = 4;
/** A turn every frame or so; a timer, as window rAF stops during a headset's immersive session. */
const TURN_INTERVAL_MS = 16;

/**
 * One image into one texture, a band of rows at a time. three allocates the storage (its own
 * state stays right); the rows go in with texSubImage2D and UNPACK_SKIP_ROWS, through three's
 * state cache; mipmaps are made once the last band is in.
 */
export class BandedUpload {
  private next = 0;
  private allocated = false;

  constructor(
    private renderer: WebGLRenderer,
    readonly texture: Texture,
    private bitmap: ImageBitmap,
  ) {}

  get done(): boolean {
    return this.next >= this.bitmap.height;
  }

  /** Uploads bands until the budget is spent (at least one); `Infinity`: all that are left. */
  step(budgetMs: number): void {
    const { renderer, texture, bitmap } = this;
    if (!this.allocated) {
      this.allocated = true;
      // Storage only: the rows follow, and mipmaps of empty storage would be wasted work.
      texture.needsUpdate = true; // version 1, or three allocates nothing
      texture.source.dataReady = false;
      texture.mipmapsAutoUpdate = false;
      renderer.initTexture(texture);
      texture.source.dataReady = true; // three uploads nothing more until the version changes
      texture.mipmapsAutoUpdate = true;
    }
    const gl = renderer.getContext() as WebGL2RenderingContext;
    const state = renderer.state;
    const { __webglTexture } = renderer.properties.get(texture) as { __webglTexture: WebGLTexture };
    state.bindTexture(gl.TEXTURE_2D, __webglTexture);
    state.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    state.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false); // another texture's upload may have set it
    state.pixelStorei(gl.UNPACK_ROW_LENGTH, 0);
    const start = performance.now();
    do {
      const rows = Math.min(BAND_ROWS, bitmap.height - this.next);
      state.pixelStorei(gl.UNPACK_SKIP_ROWS, this.next);
      state.texSubImage2D(gl.TEXTURE_2D, 0, 0, this.next, bitmap.width, rows, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
      this.next += rows;
    } while (!this.done && performance.now() - start < budgetMs);
    state.pixelStorei(gl.UNPACK_SKIP_ROWS, 0);
    if (this.done && texture.generateMipmaps) gl.generateMipmap(gl.TEXTURE_2D);
    measure('upload', start, { rows: this.next, of: bitmap.height });
  }
}

interface Queued {
  upload: BandedUpload;
  resolve: () => void;
}

/**
 * Preload uploads, one texture at a time, a few bands per turn, and none while the view fades
 * between scenes (`quiet`): the uploads of the next scenes never land in a transition or in one
 * frame. A texture needed on screen is finished at once (`now`).
 */
export class UploadScheduler {
  private queue: Queued[] = [];
  private quietUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  add(upload: BandedUpload): { done: Promise<void>; now: () => void } {
    let item!: Queued;
    const done = new Promise<void>((resolve) => (item = { upload, resolve }));
    this.queue.push(item);
    this.schedule();
    return {
      done,
      now: () => {
        if (!this.queue.includes(item)) return;
        this.queue = this.queue.filter((q) => q !== item);
        upload.step(Infinity);
        item.resolve();
      },
    };
  }

  /** No preload uploads for this long (a transition is under way). */
  quiet(ms: number): void {
    this.quietUntil = Math.max(this.quietUntil, performance.now() + ms);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.queue = [];
  }

  private schedule(): void {
    if (this.timer === undefined && this.queue.length) this.timer = setTimeout(this.turn, Math.max(TURN_INTERVAL_MS, this.quietUntil - performance.now()));
  }

  private turn = () => {
    this.timer = undefined;
    const head = this.queue[0];
    if (head && performance.now() >= this.quietUntil) {
      head.upload.step(TURN_BUDGET_MS);
      if (head.upload.done) {
        this.queue.shift();
        head.resolve();
      }
    }
    this.schedule();
  };
}
