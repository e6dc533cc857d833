import { Canvas, useFrame } from '@react-three/fiber';
import { XR, useXR } from '@react-three/xr';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { availableHotspots } from '../core/engine.ts';
import { localize } from '../core/localized-text.ts';
import { FlatLook } from './flat-look.tsx';
import { GazeDwell } from './gaze-dwell.tsx';
import { HeadTracker } from './head-tracker.tsx';
import { HotspotMarker } from './hotspot-marker.tsx';
import { OffscreenArrow } from './offscreen-arrow.tsx';
import { Panorama } from './panorama.tsx';
import { PanoramaTexturesProvider } from './panorama-textures.tsx';
import { actions } from './player-actions.ts';
import { mediaUrl, usePlayer } from './play-store.ts';
import { Preloader } from './preloader.tsx';
import { useView } from './view-store.ts';
import { VrOverlay } from './vr-overlay.tsx';
import { xrStore } from './xr-store.ts';

/** Marks the canvas ready after its first frame, when the XR store is attached to three. */
function ReadySignal() {
  useFrame(() => {
    if (!useView.getState().canvasReady) useView.setState({ canvasReady: true });
  });
  useEffect(() => () => useView.setState({ canvasReady: false }), []);
  return null;
}

/** What is drawn inside the one persistent canvas. */
function SceneContent() {
  const entry = usePlayer((s) => s.entry)!;
  const index = usePlayer((s) => s.index)!;
  const play = usePlayer((s) => s.play)!;
  const transition = usePlayer((s) => s.transition);
  const lang = usePlayer((s) => s.lang);
  const paused = usePlayer((s) => s.paused);
  const offset = useView((s) => s.worldYawOffset);
  const inXR = useXR((s) => s.session != null);
  const videoPlaying = usePlayer((s) => !s.videoPaused);
  const url = useCallback((p: string) => mediaUrl(entry, p), [entry]);
  // The node whose hotspots are shown switches while the view is black, with the texture.
  const [shownNodeId, setShownNodeId] = useState<string | null>(play.nodeId);
  const node = index.nodes.get(play.nodeId ?? index.scenario.startNode)!;
  const shownNode = shownNodeId ? index.nodes.get(shownNodeId) : undefined;

  const onSwap = useCallback(() => {
    const { play: p, index: i } = usePlayer.getState();
    const n = p?.nodeId ? i?.nodes.get(p.nodeId) : undefined;
    if (!n) return;
    const view = n.media.initialView ?? { yaw: 0, pitch: 0 };
    const v = useView.getState();
    // Set the view only while the screen is black: no visible camera motion.
    if (xrStore.getState().session) v.setWorldYawOffset(v.headYaw - view.yaw);
    else {
      v.setWorldYawOffset(0);
      v.setLook(view.yaw, view.pitch);
    }
    setShownNodeId(n.id);
  }, []);

  const hotspots = useMemo(() => (shownNode && play.nodeId === shownNode.id ? availableHotspots(index, play) : []), [index, play, shownNode]);
  const seen = useMemo(() => new Set(shownNode ? (play.seenHotspots[shownNode.id] ?? []) : []), [play, shownNode]);

  return (
    <>
      {/* Light only for controller and hand models; the panorama is unlit. */}
      <ambientLight intensity={1.2} />
      <directionalLight position={[1, 2, 1]} intensity={1.5} />
      <HeadTracker />
      <FlatLook />
      <group rotation={[0, (-offset * Math.PI) / 180, 0]}>
        <Panorama media={node.media} url={url} transition={transition} dimmed={paused} videoPlaying={videoPlaying} onSwap={onSwap} />
        {!paused &&
          hotspots.map((h) => (
            <HotspotMarker
              key={`${shownNodeId}:${h.id}`}
              hotspot={h}
              label={localize(h.label, lang)}
              seen={seen.has(h.id)}
              onSelect={() => actions.openHotspot(h.id)}
            />
          ))}
      </group>
      <OffscreenArrow hotspots={paused ? [] : hotspots} seen={seen} />
      <GazeDwell />
      {inXR && <VrOverlay initialYaw={node.media.initialView?.yaw ?? 0} />}
      <Preloader index={index} nodeId={play.nodeId} url={url} />
    </>
  );
}

/** The WebGL canvas with XR support; one per player, kept across nodes. */
export function PlayerCanvas() {
  const inXR = useStore(xrStore, (s) => s.session != null);
  return (
    <Canvas
      // Without a headset, draw only when something changes (look, fade, video frame): phones
      // keep their battery and the page stays responsive. A headset session draws every frame.
      frameloop={inXR ? 'always' : 'demand'}
      camera={{ fov: 75, near: 0.05, far: 200, position: [0, 0, 0] }}
      gl={{ antialias: false, powerPreference: 'high-performance' }}
      onCreated={({ gl, scene }) => {
        // Seated use: the `local` space puts the origin at the head, the panorama's centre.
        gl.xr.setReferenceSpaceType('local');
        // Exposed for the benchmark and for debugging in the browser console.
        Object.assign(window, { __bbvrRenderer: gl, __bbvrScene: scene });
      }}
      aria-hidden="true"
    >
      <XR store={xrStore}>
        <PanoramaTexturesProvider capacity={12}>
          <SceneContent />
        </PanoramaTexturesProvider>
        <ReadySignal />
      </XR>
    </Canvas>
  );
}
