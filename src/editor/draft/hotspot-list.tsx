import type { KeyboardEvent } from 'react';
import { moveHotspot, removeHotspot } from '../../core/authoring/hotspot-operations.ts';
import { localize } from '../../core/localized-text.ts';
import type { ScenarioNode } from '../../core/scenario-schema.ts';
import { useReading } from '../../i18n/language-store.ts';
import { Icon } from '../../ui/icon.tsx';
import { HOTSPOT_ICONS } from '../../viewer/hotspot-marker.tsx';
import { editorStrings } from '../editor-strings.ts';
import { useDraft } from './draft-store.ts';

const STEP_DEG = 1;
const BIG_STEP_DEG = 10;

/**
 * The scene's hotspots as a list: what a screen reader and the keyboard use. On a selected
 * hotspot the arrow keys move it (1°, with Shift 10°) and Delete removes it.
 */
export function HotspotList({ node }: { node: ScenarioNode }) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const selected = useDraft((s) => s.selection.hotspotId);
  const onKey = (e: KeyboardEvent, hotspotId: string, yaw: number, pitch: number) => {
    const step = e.shiftKey ? BIG_STEP_DEG : STEP_DEG;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[e.key];
    const draft = useDraft.getState();
    if (d) {
      e.preventDefault();
      draft.apply(moveHotspot(draft.scenario!, { nodeId: node.id, hotspotId, yaw: yaw + d[0]!, pitch: pitch + d[1]! }));
    } else if (e.key === 'Delete') {
      e.preventDefault();
      if (draft.apply(removeHotspot(draft.scenario!, { nodeId: node.id, hotspotId }))) draft.select({ hotspotId: null });
    }
  };
  if (node.hotspots.length === 0) return <p className="hint">{t('noHotspots')}</p>;
  return (
    <ul className="hotspot-list" data-own-arrows="">
      {node.hotspots.map((h) => (
        <li key={h.id}>
          <button
            type="button"
            aria-pressed={h.id === selected}
            onClick={() => useDraft.getState().select({ hotspotId: h.id })}
            onKeyDown={(e) => onKey(e, h.id, h.yaw, h.pitch)}
            onKeyUp={() => useDraft.getState().endStep()}
          >
            <Icon name={HOTSPOT_ICONS[h.kind]} />
            {localize(h.label, lang) || t('untitled')}
            <span className="sr-only">
              {' '}
              ({t(`kind_${h.kind}`)}, {Math.round(h.yaw)}°, {Math.round(h.pitch)}°)
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
