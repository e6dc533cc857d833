import { useEffect, useRef } from 'react';
import { availableHotspots, availableOptions, currentNode } from '../core/engine.ts';
import { localize, type Language } from '../core/localized-text.ts';
import type { Question } from '../core/scenario-schema.ts';
import { useReading } from '../i18n/language-store.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import { EnterVrButton } from '../viewer/enter-vr-button.tsx';
import { HOTSPOT_ICONS } from '../viewer/hotspot-marker.tsx';
import { MotionButton } from '../viewer/motion-button.tsx';
import { useInXR } from '../viewer/viewer-context.tsx';
import { NarrationAudio } from './narration-audio.tsx';
import { useNodeTimer } from './node-timer.ts';
import { mediaUrl, usePlayer } from './play-store.ts';
import { usePlayerActions } from './player-context.tsx';
import { playerStrings } from './player-strings.ts';

function QuestionForm({ question, lang, hotspotId }: { question: Question; lang: Language; hotspotId: string | null }) {
  const { t } = playerStrings.useT();
  const actions = usePlayerActions();
  const index = usePlayer((s) => s.index)!;
  const play = usePlayer((s) => s.play)!;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question.id]);
  return (
    <section className="panel" aria-labelledby={`q-${question.id}`}>
      <h2 id={`q-${question.id}`} ref={heading} tabIndex={-1}>
        <span aria-hidden="true" className="icon">
          ?
        </span>{' '}
        {localize(question.prompt, lang)}
      </h2>
      {question.kind === 'scale' ? (
        <>
          <p className="hint">{t('scale', { min: question.min, max: question.max })}</p>
          <div className="scale" role="group" aria-label={localize(question.prompt, lang)}>
            <span className="scale-label">{localize(question.minLabel, lang)}</span>
            {Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i).map((v) => (
              <button key={v} type="button" className="big" onClick={() => actions.chooseValue(question.id, v)}>
                {v}
              </button>
            ))}
            <span className="scale-label">{localize(question.maxLabel, lang)}</span>
          </div>
        </>
      ) : (
        <div className="options">
          {availableOptions(index, play, question.id).map((o) => (
            <button key={o.id} type="button" className="big option" onClick={() => actions.chooseOption(question.id, o.id)}>
              {localize(o.label, lang)}
            </button>
          ))}
        </div>
      )}
      {hotspotId && (
        <button type="button" onClick={actions.closePanel}>
          <span aria-hidden="true">✕ </span>
          {t('close')}
        </button>
      )}
    </section>
  );
}

/**
 * The flat-mode (and screen-reader) interface: every hotspot, option and menu item as a real
 * button whose accessible name is its visible label. Also what tests drive.
 */
export function PlayerControls() {
  const { t } = playerStrings.useT();
  const actions = usePlayerActions();
  const lang = useReading((s) => s.lang);
  const index = usePlayer((s) => s.index)!;
  const entry = usePlayer((s) => s.entry)!;
  const transition = usePlayer((s) => s.transition);
  const play = usePlayer((s) => s.play)!;
  const panel = usePlayer((s) => s.panel);
  const paused = usePlayer((s) => s.paused);
  const menuOpen = usePlayer((s) => s.menuOpen);
  const textScale = useReading((s) => s.textScale);
  const videoPaused = usePlayer((s) => s.videoPaused);
  const inXR = useInXR();
  const left = useNodeTimer();
  const node = currentNode(index, play);
  const mainHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (panel.kind === 'none') mainHeading.current?.focus({ preventScroll: true });
  }, [node?.id, panel.kind]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') actions.toggleMenu();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
  if (!node) return null;
  const hotspots = availableHotspots(index, play);
  // An open info card with its own audio speaks instead of the node's narration.
  const infoHotspot = panel.kind === 'info' ? node.hotspots.find((h) => h.id === panel.hotspotId) : undefined;
  const audioPath = (infoHotspot?.kind === 'info' ? infoHotspot.audio : undefined) ?? node.narration?.audio?.[lang] ?? node.narration?.audio?.nl ?? null;
  const seen = new Set(play.seenHotspots[node.id] ?? []);

  let panelView: React.ReactNode = null;
  if (paused) {
    panelView = (
      <section className="panel" aria-live="polite">
        <h2>{t('paused')}</h2>
        <button type="button" className="big" onClick={actions.togglePause}>
          <span aria-hidden="true">▶ </span>
          {t('resume')}
        </button>
      </section>
    );
  } else if (panel.kind === 'info') {
    const h = node.hotspots.find((x) => x.id === panel.hotspotId);
    if (h?.kind === 'info')
      panelView = (
        <section className="panel" aria-labelledby="info-title">
          <h2 id="info-title" tabIndex={-1} ref={(el) => el?.focus()}>
            <span aria-hidden="true" className="icon">
              ℹ
            </span>{' '}
            {localize(h.label, lang)}
          </h2>
          <p>{localize(h.text, lang)}</p>
          <button type="button" onClick={actions.closePanel}>
            <span aria-hidden="true">✕ </span>
            {t('close')}
          </button>
        </section>
      );
  } else if (panel.kind === 'question') {
    const q = index.questionsByNode.get(node.id)?.get(panel.questionId);
    if (q) panelView = <QuestionForm key={q.id} question={q} lang={lang} hotspotId={panel.hotspotId} />;
  } else if (panel.kind === 'feedback') {
    panelView = (
      <section className="panel" aria-labelledby="fb-title">
        <h2 id="fb-title" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('feedback')}
        </h2>
        <p>{localize(panel.text, lang)}</p>
        <button type="button" className="big" onClick={actions.dismissFeedback}>
          <span aria-hidden="true">➜ </span>
          {t('continue')}
        </button>
      </section>
    );
  } else if (panel.kind === 'ending' && node.ending) {
    panelView = (
      <section className="panel ending" aria-labelledby="end-title">
        <h2 id="end-title" tabIndex={-1} ref={(el) => el?.focus()}>
          <span aria-hidden="true" className="icon">
            ★
          </span>{' '}
          {localize(node.title, lang)}
        </h2>
        <p>{localize(node.ending.takeaway, lang)}</p>
        <button type="button" className="big" onClick={actions.finish}>
          <span aria-hidden="true">✓ </span>
          {t('finish')}
        </button>
      </section>
    );
  } else if (panel.kind === 'done') {
    panelView = (
      <section className="panel ending" aria-labelledby="done-title">
        <h2 id="done-title" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('endTitle')}
        </h2>
        <p>{t('endThanks')}</p>
        <button type="button" className="big" onClick={actions.restartScenario}>
          <span aria-hidden="true">↺ </span>
          {t('playAgain')}
        </button>
        <button type="button" onClick={actions.exit}>
          {t('toOverview')}
        </button>
      </section>
    );
  }

  return (
    <div className="controls" style={{ fontSize: `${textScale * 100}%` }} data-node-id={node.id} data-status={play.status} data-xr={inXR ? 'on' : 'off'}>
      <header className="topbar">
        <h1 ref={mainHeading} tabIndex={-1}>
          {localize(node.title, lang)}
        </h1>
        <div className="topbar-actions">
          <EnterVrButton />
          <MotionButton />
          {node.media.type === 'video' && (
            <button type="button" aria-pressed={videoPaused} onClick={actions.toggleVideo}>
              <span aria-hidden="true">{videoPaused ? '▶ ' : '⏸ '}</span>
              {videoPaused ? t('playVideo') : t('pauseVideo')}
            </button>
          )}
          <button type="button" aria-expanded={menuOpen} aria-controls="player-menu" onClick={actions.toggleMenu}>
            <span aria-hidden="true">☰ </span>
            {t('menu')}
          </button>
        </div>
      </header>
      {menuOpen && (
        <nav id="player-menu" className="menu" aria-label={t('menu')}>
          <button type="button" onClick={actions.togglePause}>
            <span aria-hidden="true">{paused ? '▶ ' : '⏸ '}</span>
            {paused ? t('resume') : t('pause')}
          </button>
          {play.history.length > 0 && play.status === 'playing' && (
            <button type="button" onClick={actions.back}>
              <span aria-hidden="true">← </span>
              {t('back')}
            </button>
          )}
          <button type="button" onClick={actions.restartScene}>
            <span aria-hidden="true">↺ </span>
            {t('restartScene')}
          </button>
          <LanguageButton />
          <button type="button" onClick={actions.cycleTextSize}>
            <span aria-hidden="true">A </span>
            {t('textSize')} ({Math.round(textScale * 100)}%)
          </button>
          <button type="button" onClick={actions.exit}>
            <span aria-hidden="true">⏏ </span>
            {t('exit')}
          </button>
        </nav>
      )}
      <NarrationAudio src={audioPath ? mediaUrl(entry, audioPath) : null} paused={paused} playKey={`${node.id}:${panel.kind}:${transition}`} />
      <div className="bottom">
        {node.narration && (
          <p className="captions" aria-live="polite">
            <span className="sr-only">{t('narration')}: </span>
            {localize(node.narration.text, lang)}
          </p>
        )}
        {left !== null && !paused && (
          <p className="timer" role="timer" aria-live="off">
            ⏱ {t('timeLeft', { seconds: left })}
          </p>
        )}
        {panelView}
        {hotspots.length > 0 && !paused && (
          <section className="hotspots" aria-label={t('inThisRoom')}>
            <h2 className="sr-only">{t('inThisRoom')}</h2>
            <ul>
              {hotspots.map((h) => (
                <li key={h.id}>
                  <button type="button" className={`hotspot ${h.kind} ${seen.has(h.id) ? 'seen' : ''}`} onClick={() => actions.openHotspot(h.id)}>
                    <span aria-hidden="true" className="icon">
                      {HOTSPOT_ICONS[h.kind]}
                    </span>{' '}
                    {localize(h.label, lang)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
