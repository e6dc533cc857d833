import { useXR } from '@react-three/xr';
import { useCallback, useMemo, useState } from 'react';
import { availableHotspots } from '../core/engine.ts';
import { localize } from '../core/localized-text.ts';
import { nextNodeIds } from '../core/scenario-index.ts';
import type { Media } from '../core/scenario-schema.ts';
import { useReading } from '../i18n/language-store.ts';
import { GazeDwell } from '../viewer/gaze-dwell.tsx';
import { HotspotMarker } from '../viewer/hotspot-marker.tsx';
import { OffscreenArrow } from '../viewer/offscreen-arrow.tsx';
import { Panorama } from '../viewer/panorama.tsx';
import { Preloader } from '../viewer/preloader.tsx';
import { ViewerCanvas } from '../viewer/viewer-canvas.tsx';
import { useViewer, useViewState } from '../viewer/viewer-context.tsx';
import { usePlayer } from './play-store.ts';
import { usePlayerActions } from './player-context.tsx';
import type { VrEndOffer } from './vr-end-offer.ts';
import { VrOverlay } from './vr-overlay.tsx';

/** Dimmed behind the pause panel; blank when held (e.g. a docent's "look at me"). */
const PAUSED_DIM = 0.35;

/** What the player draws on the viewer's canvas. */
function SceneContent({ vrEndOffer }: { vrEndOffer: VrEndOffer | undefined }) {
  const viewer = useViewer();
  const actions = usePlayerActions();
  const index = usePlayer((s) => s.index)!;
  const play = usePlayer((s) => s.play)!;
  const transition = usePlayer((s) => s.transition);
  const paused = usePlayer((s) => s.paused);
  const blank = usePlayer((s) => s.hold.blank !== null);
  const lang = useReading((s) => s.lang);
  const offset = useViewState((s) => s.worldYawOffset);
  const inXR = useXR((s) => s.session != null);
  const videoPlaying = usePlayer((s) => !s.videoPaused);
  const url = usePlayer((s) => s.media);
  // The node whose hotspots are shown switches while the view is black, with the texture.
  const [shownNodeId, setShownNodeId] = useState<string | null>(play.nodeId);
  const node = index.nodes.get(play.nodeId ?? index.scenario.startNode)!;
  const shownNode = shownNodeId ? index.nodes.get(shownNodeId) : undefined;

  const onSwap = useCallback(() => {
    const { play: p, index: i } = usePlayer.getState();
    const n = p?.nodeId ? i?.nodes.get(p.nodeId) : undefined;
    if (!n) return;
    const initial = n.media.initialView ?? { yaw: 0, pitch: 0 };
    const v = viewer.view.getState();
    // Set the view only while the screen is black: no visible camera motion.
    if (viewer.xr.getState().session) v.setWorldYawOffset(v.headYaw - initial.yaw);
    else {
      v.setWorldYawOffset(0);
      v.setLook(initial.yaw, initial.pitch);
    }
    setShownNodeId(n.id);
  }, [viewer]);

  const hotspots = useMemo(() => (shownNode && play.nodeId === shownNode.id ? availableHotspots(index, play) : []), [index, play, shownNode]);
  const seen = useMemo(() => new Set(shownNode ? (play.seenHotspots[shownNode.id] ?? []) : []), [play, shownNode]);
  // The scenes one step away, so the next scene is ready before the candidate chooses.
  const upcoming = useMemo<Media[]>(
    () =>
      nextNodeIds(node)
        .filter((id) => id !== node.id)
        .flatMap((id) => index.nodes.get(id)?.media ?? []),
    [index, node],
  );
  const hidden = paused || blank;

  return (
    <>
      <group rotation={[0, (-offset * Math.PI) / 180, 0]}>
        <Panorama media={node.media} url={url} transition={transition} dim={blank ? 0 : paused ? PAUSED_DIM : 1} videoPlaying={videoPlaying} onSwap={onSwap} />
        {!hidden &&
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
      <OffscreenArrow hotspots={hidden ? [] : hotspots} seen={seen} />
      <GazeDwell />
      {inXR && <VrOverlay initialYaw={node.media.initialView?.yaw ?? 0} endOffer={vrEndOffer} />}
      <Preloader media={upcoming} url={url} />
    </>
  );
}

/** The player's canvas: the shared 360° viewer with the scenario's scene on it. */
export function PlayerCanvas({ vrEndOffer }: { vrEndOffer?: VrEndOffer | undefined }) {
  return (
    <ViewerCanvas textureCapacity={12}>
      <SceneContent vrEndOffer={vrEndOffer} />
    </ViewerCanvas>
  );
}
