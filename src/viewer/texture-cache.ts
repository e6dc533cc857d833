import { LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, SRGBColorSpace, Texture, type WebGLRenderer } from 'three';
import { BandedUpload, UploadScheduler } from './banded-upload.ts';
import { EARLY_IMAGE_OPTIONS, takeEarlyImage } from './early-images.ts';

/**
 * Mipmaps only for images wider than this. 4096 pixels over 360° is about 11 per degree: a
 * 1280-pixel-wide desktop view shows about as many, phones and headsets more (25+ per degree), so
 * such a panorama is magnified, not minified, and mipmaps would not be sampled (a little
 * shimmer remains near the poles, where rows are squeezed, and in small views). Making them
 * costs about as much as the upload itself where the GPU is emulated (0.5–0.9 s for 4096×2048 in
 * SwiftShader, measured), and a third more memory. Photo Sphere Viewer makes none either.
 */
const MIPMAPS_ABOVE_WIDTH = 4096;

export interface CacheStats {
  resident: number;
  loads: number;
  evictions: number;
}

interface Entry {
  texture: Promise<Texture>;
  settled?: Texture;
  lastUsed: number;
  /** Set while a preload waits for its upload turn; calling it uploads at once. */
  uploadNow?: () => void;
}

export type LoadPriority = 'now' | 'preload';

/**
 * Panorama textures by URL, bounded (LRU) so a long scenario never grows GPU memory; evicted
 * textures are disposed. Images are decoded off the main thread with createImageBitmap and
 * uploaded before they are shown: preloads in bands of rows, a few per frame and never during a
 * fade (banded-upload.ts), so showing one later costs no upload and no frame is dropped for one.
 */
export class TextureCache {
  private entries = new Map<string, Entry>();
  private pinned = new Set<string>();
  private clock = 0;
  private uploads = new UploadScheduler();
  /** Loads for the screen now, still under way: preloads start after them. */
  private onScreen = new Set<Promise<unknown>>();
  readonly stats: CacheStats = { resident: 0, loads: 0, evictions: 0 };

  constructor(
    private renderer: WebGLRenderer,
    private capacity = 8,
  ) {}

  /** Never evict these (what is on screen now). */
  pin(urls: string[]): void {
    this.pinned = new Set(urls);
  }

  get(url: string, priority: LoadPriority = 'now'): Promise<Texture> {
    const hit = this.entries.get(url);
    if (hit) {
      hit.lastUsed = ++this.clock;
      if (priority === 'now') hit.uploadNow?.();
      return hit.texture;
    }
    const entry = { lastUsed: ++this.clock } as Entry; // `texture` is set on the next line
    entry.texture = this.load(url, priority, entry);
    this.entries.set(url, entry);
    if (priority === 'now') {
      const done = entry.texture.catch(() => undefined);
      this.onScreen.add(done);
      void done.then(() => this.onScreen.delete(done));
    }
    entry.texture.then(
      (t) => {
        entry.settled = t;
        this.stats.resident = this.countResident();
        this.evict();
      },
      () => this.entries.delete(url), // a failed load may be retried later
    );
    return entry.texture;
  }

  has(url: string): boolean {
    return this.entries.get(url)?.settled !== undefined;
  }

  private async load(url: string, priority: LoadPriority, entry: Entry): Promise<Texture> {
    this.stats.loads++;
    // What is on screen goes first: the next scenes' downloads and decodes would share the
    // network and the CPU with it (at the start, with the first scene's full image).
    if (priority === 'preload') await Promise.all(this.onScreen);
    const early = takeEarlyImage(new URL(url, location.href).href);
    let bitmap = early ? await early.catch(() => null) : null;
    if (!bitmap) {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      bitmap = await createImageBitmap(await res.blob(), EARLY_IMAGE_OPTIONS);
    }
    const max = this.renderer.capabilities.maxTextureSize;
    if (bitmap.width > max) {
      // Respect the GPU's limit (phones often have 4096): scale down off the main thread.
      const scaled = await createImageBitmap(bitmap, {
        resizeWidth: max,
        resizeHeight: Math.round((bitmap.height * max) / bitmap.width),
        resizeQuality: 'high',
      });
      bitmap.close();
      bitmap = scaled;
    }
    const texture = new Texture(bitmap);
    texture.colorSpace = SRGBColorSpace;
    texture.wrapS = RepeatWrapping;
    texture.flipY = false; // already flipped while decoding
    const powerOfTwo = (n: number) => (n & (n - 1)) === 0;
    texture.generateMipmaps = bitmap.width > MIPMAPS_ABOVE_WIDTH && powerOfTwo(bitmap.width) && powerOfTwo(bitmap.height);
    texture.minFilter = texture.generateMipmaps ? LinearMipmapLinearFilter : LinearFilter;
    texture.magFilter = LinearFilter;
    texture.anisotropy = Math.min(4, this.renderer.capabilities.getMaxAnisotropy());
    const upload = new BandedUpload(this.renderer, texture, bitmap);
    if (priority === 'now') upload.step(Infinity);
    else {
      // In the background, unless the texture is asked for on screen meanwhile.
      const queued = this.uploads.add(upload);
      entry.uploadNow = queued.now;
      await queued.done;
      entry.uploadNow = undefined;
    }
    return texture;
  }

  private countResident(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.settled) n++;
    return n;
  }

  private evict(): void {
    while (this.countResident() > this.capacity) {
      let oldest: [string, Entry] | undefined;
      for (const kv of this.entries) {
        if (!kv[1].settled || this.pinned.has(kv[0])) continue;
        if (!oldest || kv[1].lastUsed < oldest[1].lastUsed) oldest = kv;
      }
      if (!oldest) return;
      this.entries.delete(oldest[0]);
      const t = oldest[1].settled!;
      (t.image as ImageBitmap | undefined)?.close?.();
      t.dispose();
      this.stats.evictions++;
    }
    this.stats.resident = this.countResident();
  }

  /** A transition is under way: no background uploads for this long. */
  quiet(ms: number): void {
    this.uploads.quiet(ms);
  }

  dispose(): void {
    this.uploads.dispose();
    for (const e of this.entries.values()) e.settled?.dispose();
    this.entries.clear();
    this.stats.resident = 0;
  }
}
