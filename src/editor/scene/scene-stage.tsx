import { useCallback, useState } from 'react';
import { moveHotspot } from '../../core/authoring/hotspot-operations.ts';
import { localize } from '../../core/localized-text.ts';
import type { ScenarioNode } from '../../core/scenario-schema.ts';
import { useReading } from '../../i18n/language-store.ts';
import { HotspotMarker } from '../../viewer/hotspot-marker.tsx';
import { Panorama } from '../../viewer/panorama.tsx';
import { PlaceOnClick } from '../../viewer/place-on-click.tsx';
import { ViewerCanvas } from '../../viewer/viewer-canvas.tsx';
import { useDraft } from '../draft/draft-store.ts';
import { draftMediaUrl } from '../editor-api.ts';
import { MarkerDrag } from './marker-drag.tsx';

const noSwap = () => undefined;

/**
 * The selected node's panorama in the shared viewer: a click on the image places a hotspot
 * there (`onPlace`), a marker can be dragged to move it, a press on a marker selects it.
 */
export function SceneStage({ node, onPlace }: { node: ScenarioNode; onPlace: (yaw: number, pitch: number) => void }) {
  const lang = useReading((s) => s.lang);
  const selected = useDraft((s) => s.selection.hotspotId);
  const [dragging, setDragging] = useState<string | null>(null);
  const onMove = useCallback(
    (hotspotId: string, yaw: number, pitch: number) => {
      useDraft.getState().apply(moveHotspot(useDraft.getState().scenario!, { nodeId: node.id, hotspotId, yaw, pitch }));
    },
    [node.id],
  );
  const onEnd = useCallback(() => {
    setDragging(null);
    useDraft.getState().endStep();
  }, []);
  return (
    <ViewerCanvas textureCapacity={6}>
      <Panorama media={node.media} url={draftMediaUrl} transition={0} dim={1} videoPlaying={false} onSwap={noSwap} />
      {node.hotspots.map((h) => (
        <HotspotMarker
          key={h.id}
          hotspot={h}
          label={localize(h.label, lang) || '…'}
          seen={false}
          selected={h.id === selected}
          onSelect={() => useDraft.getState().select({ hotspotId: h.id })}
          onPress={() => {
            useDraft.getState().select({ hotspotId: h.id });
            setDragging(h.id);
          }}
        />
      ))}
      <PlaceOnClick onPlace={onPlace} />
      <MarkerDrag hotspotId={dragging} onMove={onMove} onEnd={onEnd} />
    </ViewerCanvas>
  );
}
