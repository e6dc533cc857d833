import { useMemo, useState } from 'react';
import { availableOptions, currentNode } from '../core/engine.ts';
import { localize } from '../core/localized-text.ts';
import type { Question } from '../core/scenario-schema.ts';
import { useReading } from '../i18n/language-store.ts';
import type { IconName } from '../ui/icon-paths.ts';
import { uiStrings } from '../ui/ui-strings.ts';
import { panelHeight } from '../viewer/canvas-text.ts';
import { LazyFollow } from '../viewer/lazy-follow.tsx';
import { useViewState } from '../viewer/viewer-context.tsx';
import { VrButton, vrButtonLayout, VrText } from '../viewer/vr-button.tsx';
import { usePlayer } from './play-store.ts';
import { usePlayerActions } from './player-context.tsx';
import { playerStrings } from './player-strings.ts';
import type { VrEndOffer } from './vr-end-offer.ts';

const PANEL_DISTANCE = 1.6;
const PANEL_WIDTH = 1.1;
const GAP = 0.03;

/** Buttons stacked top-down from y; returns their positions. */
function stack(labels: string[], width: number, size: number, top: number): number[] {
  const ys: number[] = [];
  let y = top;
  for (const l of labels) {
    const h = panelHeight(vrButtonLayout(l, width, size));
    ys.push(y - h / 2);
    y -= h + GAP;
  }
  return ys;
}

function QuestionPanel({ question, hotspotId }: { question: Question; hotspotId: string | null }) {
  const { t } = playerStrings.useT();
  const actions = usePlayerActions();
  const lang = useReading((s) => s.lang);
  const scale = useReading((s) => s.textScale);
  const index = usePlayer((s) => s.index)!;
  const play = usePlayer((s) => s.play)!;
  const size = 0.05 * scale;
  const prompt = localize(question.prompt, lang);
  const promptBlocks = useMemo(() => [{ text: prompt, size: size * 1.1, weight: 700 as const }], [prompt, size]);
  const promptH = panelHeight({ width: PANEL_WIDTH, blocks: promptBlocks });
  const top = -promptH / 2 - GAP; // top edge of the answers, below the prompt (centred at 0)
  if (question.kind === 'scale') {
    const values = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
    const w = Math.min(0.2, (PANEL_WIDTH - GAP * (values.length - 1)) / values.length);
    const hint = `${question.min} = ${localize(question.minLabel, lang)} · ${question.max} = ${localize(question.maxLabel, lang)}`;
    return (
      <group>
        <VrText blocks={promptBlocks} width={PANEL_WIDTH} />
        {values.map((v, i) => (
          <VrButton
            key={v}
            label={String(v)}
            width={w}
            textSize={size * 1.3}
            position={[(i - (values.length - 1) / 2) * (w + GAP), top - 0.08, 0]}
            onSelect={() => actions.chooseValue(question.id, v)}
          />
        ))}
        <VrText blocks={[{ text: hint, size: size * 0.8 }]} width={PANEL_WIDTH} position={[0, top - 0.26, 0]} />
        {hotspotId && <VrButton label={t('close')} icon="close" width={0.4} position={[0, top - 0.45, 0]} onSelect={actions.closePanel} />}
      </group>
    );
  }
  const options = availableOptions(index, play, question.id);
  const labels = options.map((o) => localize(o.label, lang));
  const ys = stack(labels, PANEL_WIDTH, size, top);
  return (
    <group>
      <VrText blocks={promptBlocks} width={PANEL_WIDTH} />
      {options.map((o, i) => (
        <VrButton
          key={o.id}
          label={labels[i]!}
          width={PANEL_WIDTH}
          textSize={size}
          position={[0, ys[i]!, 0]}
          onSelect={() => actions.chooseOption(question.id, o.id)}
        />
      ))}
    </group>
  );
}

/** A prompt from whoever holds the player (a docent in class mode), above whatever panel is open. */
function HoldPrompt() {
  const hold = usePlayer((s) => s.hold);
  const scale = useReading((s) => s.textScale);
  if (!hold.prompt || hold.blank !== null) return null;
  return (
    <group position={[0, 0.78, 0]}>
      <VrText blocks={[{ text: hold.prompt, size: 0.05 * scale }]} icon="prompt" />
    </group>
  );
}

/** The current panel (info card, question, feedback, ending) in the 3D scene, for VR. */
function CurrentPanel({ offer, openOffer }: { offer: VrEndOffer | undefined; openOffer: () => void }) {
  const { t } = playerStrings.useT();
  const actions = usePlayerActions();
  const lang = useReading((s) => s.lang);
  const scale = useReading((s) => s.textScale);
  const panel = usePlayer((s) => s.panel);
  const index = usePlayer((s) => s.index);
  const play = usePlayer((s) => s.play);
  const paused = usePlayer((s) => s.paused);
  const hold = usePlayer((s) => s.hold);
  const node = index && play ? currentNode(index, play) : null;
  if (!node || !index || !play) return null;
  const size = 0.05 * scale;
  if (hold.blank !== null) {
    // Held (e.g. the docent paused all screens): nothing but the message (and the prompt).
    const blocks = [{ text: hold.blank, size: size * 1.2, weight: 700 as const }, ...(hold.prompt ? [{ text: hold.prompt, size }] : [])];
    return <VrText blocks={blocks} icon="gaze" />;
  }
  if (paused) {
    return (
      <group>
        <VrText blocks={[{ text: t('paused'), size: size * 1.2, weight: 700 }]} icon="pause" />
        <VrButton label={t('resume')} icon="play" position={[0, -0.22, 0]} onSelect={actions.togglePause} />
      </group>
    );
  }
  switch (panel.kind) {
    case 'info': {
      const h = node.hotspots.find((x) => x.id === panel.hotspotId);
      if (!h || h.kind !== 'info') return null;
      const blocks = [
        { text: localize(h.label, lang), size: size * 1.1, weight: 700 as const },
        { text: localize(h.text, lang), size },
      ];
      const hh = panelHeight({ width: PANEL_WIDTH, blocks, icon: 'info' });
      return (
        <group>
          <VrText blocks={blocks} icon="info" width={PANEL_WIDTH} />
          <VrButton label={t('close')} icon="close" width={0.45} position={[0, -hh / 2 - 0.1, 0]} onSelect={actions.closePanel} />
        </group>
      );
    }
    case 'question': {
      const q = index.questionsByNode.get(node.id)?.get(panel.questionId);
      return q ? <QuestionPanel question={q} hotspotId={panel.hotspotId} /> : null;
    }
    case 'feedback': {
      const blocks = [{ text: localize(panel.text, lang), size }];
      const hh = panelHeight({ width: PANEL_WIDTH, blocks });
      return (
        <group>
          <VrText blocks={blocks} width={PANEL_WIDTH} />
          <VrButton label={t('continue')} icon="next" width={0.5} position={[0, -hh / 2 - 0.1, 0]} onSelect={actions.dismissFeedback} />
        </group>
      );
    }
    case 'ending': {
      const blocks = [
        { text: localize(node.title, lang), size: size * 1.2, weight: 700 as const },
        { text: node.ending ? localize(node.ending.takeaway, lang) : '', size },
      ];
      const hh = panelHeight({ width: PANEL_WIDTH, blocks });
      return (
        <group>
          <VrText blocks={blocks} width={PANEL_WIDTH} icon="star" />
          <VrButton label={t('finish')} icon="done" width={0.55} position={[0, -hh / 2 - 0.1, 0]} onSelect={actions.finish} />
        </group>
      );
    }
    case 'done': {
      // The app's offer (e.g. the questionnaire) first, as the next step; playing again below it.
      const labels = [...(offer ? [offer.label] : []), t('playAgain')];
      const ys = stack(labels, 0.9, size, -0.3 + 0.06);
      return (
        <group>
          <VrText
            blocks={[
              { text: t('endTitle'), size: size * 1.3, weight: 700 },
              { text: t('endThanks'), size },
            ]}
            icon="star"
          />
          {offer && <VrButton label={offer.label} icon={offer.icon} width={0.9} position={[0, ys[0]!, 0]} onSelect={openOffer} selected />}
          <VrButton label={t('playAgain')} icon="restart" width={0.9} position={[0, ys.at(-1)!, 0]} onSelect={actions.restartScenario} />
        </group>
      );
    }
    default:
      return null;
  }
}

function Captions() {
  const lang = useReading((s) => s.lang);
  const scale = useReading((s) => s.textScale);
  const index = usePlayer((s) => s.index);
  const play = usePlayer((s) => s.play);
  const node = index && play ? currentNode(index, play) : null;
  if (!node?.narration) return null;
  return <VrText blocks={[{ text: localize(node.narration.text, lang), size: 0.04 * scale }]} width={1.3} />;
}

function MenuBar({ initialYaw }: { initialYaw: number }) {
  const { t } = playerStrings.useT();
  const { t: ui } = uiStrings.useT();
  const actions = usePlayerActions();
  const open = usePlayer((s) => s.menuOpen);
  const canBack = usePlayer((s) => (s.play?.history.length ?? 0) > 0);
  const gaze = useViewState((s) => s.gazeEnabled);
  const video = usePlayer((s) => {
    const n = s.play?.nodeId ? s.index?.nodes.get(s.play.nodeId) : undefined;
    return n?.media.type === 'video' ? (s.videoPaused ? 'paused' : 'playing') : null;
  });
  if (!open) return <VrButton label={t('menu')} icon="menu" width={0.4} onSelect={actions.toggleMenu} />;
  const items: [string, IconName, () => void][] = [
    [t('pause'), 'pause', actions.togglePause],
    ...(video
      ? [[video === 'paused' ? t('playVideo') : t('pauseVideo'), video === 'paused' ? 'play' : 'pause', actions.toggleVideo] as [string, IconName, () => void]]
      : []),
    ...(canBack ? [[t('back'), 'back', actions.back] as [string, IconName, () => void]] : []),
    [t('restartScene'), 'restart', actions.restartScene],
    [ui('otherLanguage'), 'language', actions.toggleLanguage],
    [t('textSize'), 'textSize', actions.cycleTextSize],
    [t('recenter'), 'recenter', () => actions.recenter(initialYaw)],
    [gaze ? t('gazeOff') : t('gazeOn'), 'gaze', actions.toggleGaze],
    [t('exit'), 'exit', actions.exit],
    [t('close'), 'close', actions.toggleMenu],
  ];
  const cols = 4;
  return (
    <group>
      {items.map(([label, icon, fn], i) => (
        <VrButton
          key={label + i}
          label={label}
          icon={icon}
          width={0.42}
          textSize={0.04}
          position={[((i % cols) - (cols - 1) / 2) * 0.45, -Math.floor(i / cols) * 0.16, 0]}
          onSelect={fn}
        />
      ))}
    </group>
  );
}

/** All in-VR UI: panels in front, captions below them, a menu lower still (look down). */
export function VrOverlay({ initialYaw, endOffer }: { initialYaw: number; endOffer?: VrEndOffer | undefined }) {
  const transition = usePlayer((s) => s.transition);
  const panelKind = usePlayer((s) => s.panel.kind);
  const [offerOpen, setOfferOpen] = useState(false);
  // Open only on the last panel: playing again (or the offer withdrawn) closes it.
  const offer = offerOpen && panelKind === 'done' ? endOffer : undefined;
  return (
    <>
      <LazyFollow resetKey={`${transition}:${panelKind}:${offer !== undefined}`} threshold={45}>
        <group position={[0, -0.1, -PANEL_DISTANCE]}>
          {offer ? offer.panel(() => setOfferOpen(false)) : <CurrentPanel offer={endOffer} openOffer={() => setOfferOpen(true)} />}
          <HoldPrompt />
        </group>
        {/* Above the panel, whose height varies (a question with four answers reaches far down). */}
        <group position={[0, 0.34, -PANEL_DISTANCE]} rotation={[0.1, 0, 0]}>
          {!offer && <Captions />}
        </group>
      </LazyFollow>
      <LazyFollow threshold={30}>
        <group position={[0, -0.95, -1.2]} rotation={[-0.7, 0, 0]}>
          <MenuBar initialYaw={initialYaw} />
        </group>
      </LazyFollow>
    </>
  );
}
