import { useFrame, useThree } from '@react-three/fiber';
import { XRLayer, useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef, useState } from 'react';
import { SphereGeometry, VideoTexture, type Texture } from 'three';
import type { Media } from '../core/scenario-schema.ts';
import { createPanoramaMaterial } from './panorama-material.ts';
import { mark } from './perf-marks.ts';
import { useTextureCache } from './panorama-textures.tsx';

/** The panorama never takes pointer or gaze hits: only hotspots and panels do. */
const noRaycast = () => undefined;

const FADE_OUT_MS = 180;
const FADE_IN_MS = 260;
/** Background uploads also wait this long after the fade-in (a choice's new panels settle). */
const QUIET_AFTER_MS = 300;

interface Props {
  media: Media;
  /** Resolves a media path of the scenario to a URL. */
  url: (path: string) => string;
  /** Changes on every node entry (also re-entering the same node), so the view fades. */
  transition: number;
  /** Brightness on top of the fade: 1 normal, below 1 dimmed behind a panel (paused), 0 blank. */
  dim: number;
  videoPlaying: boolean;
  /** Called while the view is black, just before the new texture shows: set the view then. */
  onSwap: () => void;
}

/**
 * The one persistent panorama: the sphere and materials live as long as the player; only the
 * texture changes. A node change fades to black, swaps in the full image if it is ready (it is
 * preloaded one step ahead), else the preview first and the full image when decoded.
 */
export function Panorama({ media, url, transition, dim, videoPlaying, onSwap }: Props) {
  const cache = useTextureCache();
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const inXR = useXR((s) => s.session != null);
  const geometry = useMemo(() => new SphereGeometry(50, 64, 32), []);
  const mono = useMemo(createPanoramaMaterial, []);
  const left = useMemo(createPanoramaMaterial, []);
  const right = useMemo(createPanoramaMaterial, []);
  const fade = useRef({ target: 1, value: 0 });
  const shownOnce = useRef(false);
  const [stereo, setStereo] = useState(false);
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [layerVideo, setLayerVideo] = useState<HTMLVideoElement | null>(null);
  // WebXR layers show video sharper and cheaper (the compositor samples it directly); the
  // shader mesh is the fallback everywhere else.
  const layersOk = useXR((s) => s.session?.enabledFeatures?.includes('layers') ?? false) && typeof XRMediaBinding !== 'undefined';

  useEffect(() => {
    left.uniforms.uHalf!.value = 1;
    right.uniforms.uHalf!.value = 2;
    return () => {
      geometry.dispose();
      mono.dispose();
      left.dispose();
      right.dispose();
    };
  }, [geometry, mono, left, right]);

  // Stereo halves: left eye sees layer 1, right eye layer 2 (three's XR cameras do this). In
  // flat mode the single camera shows the left half.
  useEffect(() => {
    if (stereo && !inXR) camera.layers.enable(1);
    else camera.layers.disable(1);
    invalidate(); // a layer change is not a React prop: draw a frame for it
  }, [camera, stereo, inXR, invalidate]);

  useEffect(() => {
    let cancelled = false;
    const setMap = (t: Texture | null) => {
      for (const m of [mono, left, right]) m.uniforms.uMap!.value = t;
      invalidate();
    };
    const previewUrl = url(media.preview);
    const fullUrl = media.type === 'image' ? url(media.src) : null;
    cache.pin([previewUrl, ...(fullUrl ? [fullUrl] : [])]);
    // The first picture appears at once: there is nothing to fade from, and the page may show
    // the same view already (app/first-picture.ts), which a fade from black would break.
    const first = !shownOnce.current;
    // The preloads of the next scenes wait until this transition is over.
    cache.quiet(FADE_OUT_MS + FADE_IN_MS + QUIET_AFTER_MS);
    fade.current.target = 0;
    invalidate();
    const fadedOut = new Promise((r) => setTimeout(r, first ? 0 : FADE_OUT_MS));
    let video: HTMLVideoElement | null = null;
    let videoTexture: VideoTexture | null = null;

    void (async () => {
      const preview = cache.get(previewUrl);
      const full = fullUrl ? cache.get(fullUrl) : null;
      // Offline, a scene not seen before may lack its full image: the preview then stays.
      full?.catch(() => {});
      await fadedOut;
      if (cancelled) return;
      onSwap();
      // Prefer the full image if it is already decoded and uploaded; never wait for it.
      // Previews are always mono 2:1; only the full image or video is shown per eye.
      const stereo = media.stereo === 'top-bottom';
      if (fullUrl && cache.has(fullUrl)) {
        setStereo(stereo);
        setMap(await full!);
        mark('full-shown', { url: fullUrl });
      } else {
        try {
          setStereo(false);
          setMap(await preview);
          mark('preview-shown', { url: previewUrl });
        } catch (e) {
          console.error('preview failed', e);
        }
      }
      if (cancelled) return;
      fade.current.target = 1;
      if (first) fade.current.value = 1;
      shownOnce.current = true;
      invalidate();
      mark('scene-visible');
      if (full && !cache.has(fullUrl!)) {
        const t = await full.catch((e: Error) => (console.warn(`full image not available: ${e.message}`), null));
        if (cancelled || !t) return;
        setStereo(stereo);
        setMap(t);
        mark('full-shown', { url: fullUrl });
      }
      if (media.type === 'video') {
        video = document.createElement('video');
        video.crossOrigin = 'anonymous';
        video.playsInline = true;
        video.muted = true; // narration carries the sound; muted video may autoplay everywhere
        video.loop = media.loop;
        const useWebm = media.fallback && video.canPlayType('video/mp4; codecs="avc1.42E01E"') === '';
        video.src = url(useWebm ? media.fallback! : media.src);
        videoRef.current = video;
        videoTexture = new VideoTexture(video);
        videoTexture.colorSpace = 'srgb';
        video.addEventListener(
          'playing',
          () => {
            if (cancelled) return;
            setStereo(stereo);
            setMap(videoTexture);
            setLayerVideo(video);
          },
          { once: true },
        );
        await video.play().catch(() => undefined);
      }
    })();
    return () => {
      cancelled = true;
      if (video) {
        video.pause();
        video.removeAttribute('src');
        video.load();
      }
      videoRef.current = null;
      setLayerVideo(null);
      videoTexture?.dispose();
    };
    // `transition` re-runs the fade also when a node is re-entered with the same media.
  }, [media, transition, cache, url, mono, left, right, onSwap, invalidate]);

  useEffect(() => {
    const v = videoRef.current;
    if (!v) return;
    if (videoPlaying && dim === 1) void v.play().catch(() => undefined);
    else v.pause();
    invalidate(); // a playing video keeps drawing from the next frame on
  }, [videoPlaying, dim, invalidate]);

  // A new dim level is a uniform, not a React prop of a mesh: draw a frame for it.
  useEffect(() => {
    for (const m of [mono, left, right]) m.uniforms.uDim!.value = dim;
    invalidate();
  }, [dim, mono, left, right, invalidate]);
  useFrame((_, delta) => {
    const f = fade.current;
    // Keep drawing while fading or while a video plays (the canvas otherwise renders on demand).
    if (f.value !== f.target || (videoRef.current && !videoRef.current.paused)) invalidate();
    const speed = (f.target > f.value ? 1000 / FADE_IN_MS : 1000 / FADE_OUT_MS) * delta;
    f.value = f.target > f.value ? Math.min(f.target, f.value + speed) : Math.max(f.target, f.value - speed);
    for (const m of [mono, left, right]) m.uniforms.uBrightness!.value = f.value;
  });

  const useLayer = inXR && layersOk && layerVideo !== null;
  return (
    <group>
      {useLayer && <XRLayer src={layerVideo} shape="equirect" layout={stereo ? 'stereo-top-bottom' : 'mono'} />}
      <mesh geometry={geometry} material={mono} visible={!stereo && !useLayer} renderOrder={-10} raycast={noRaycast} />
      <mesh geometry={geometry} material={left} visible={stereo && !useLayer} layers={1} renderOrder={-10} raycast={noRaycast} />
      <mesh geometry={geometry} material={right} visible={stereo && !useLayer} layers={2} renderOrder={-10} raycast={noRaycast} />
    </group>
  );
}
