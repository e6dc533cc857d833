import { useEffect, useRef, type ReactNode } from 'react';
import { availableHotspots, availableOptions, currentNode } from '../core/engine.ts';
import { localize, type Language } from '../core/localized-text.ts';
import type { Question } from '../core/scenario-schema.ts';
import { useReading } from '../i18n/language-store.ts';
import { Icon } from '../ui/icon.tsx';
import { LanguageButton } from '../ui/language-button.tsx';
import { EnterVrButton } from '../viewer/enter-vr-button.tsx';
import { HOTSPOT_ICONS } from '../viewer/hotspot-marker.tsx';
import { MotionButton } from '../viewer/motion-button.tsx';
import { useInXR } from '../viewer/viewer-context.tsx';
import { Captions } from './captions.tsx';
import { NarrationAudio } from './narration-audio.tsx';
import { useNodeTimer } from './node-timer.ts';
import { usePlayer } from './play-store.ts';
import { usePlayerActions } from './player-context.tsx';
import { playerStrings } from './player-strings.ts';
import { Sheet } from './sheet.tsx';

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
        <span className="icon">
          <Icon name="question" />
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
          <Icon name="close" />
          {t('close')}
        </button>
      )}
    </section>
  );
}

/** A heading that takes focus when it appears, so a screen reader announces the new panel. */
function PanelHeading({ id, icon, children }: { id: string; icon?: Parameters<typeof Icon>[0]['name']; children: ReactNode }) {
  return (
    <h2 id={id} tabIndex={-1} ref={(el) => el?.focus()}>
      {icon && (
        <span className="icon">
          <Icon name={icon} />
        </span>
      )}{' '}
      {children}
    </h2>
  );
}

/**
 * The flat-mode (and screen-reader) interface: every hotspot, option and menu item as a real
 * button whose accessible name is its visible label. Also what tests drive. On a phone the
 * scene stays in view: captions fold to one line, panels are a sheet that can be lowered, and
 * the room's hotspots are one scrollable row.
 */
export function PlayerControls() {
  const { t } = playerStrings.useT();
  const actions = usePlayerActions();
  const lang = useReading((s) => s.lang);
  const index = usePlayer((s) => s.index)!;
  const media = usePlayer((s) => s.media);
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

  // The open panel, with the title its sheet shows when lowered.
  let sheet: { key: string; title: string; view: ReactNode } | null = null;
  if (paused) {
    sheet = {
      key: 'paused',
      title: t('paused'),
      view: (
        <section className="panel" aria-live="polite">
          <h2>{t('paused')}</h2>
          <button type="button" className="big" onClick={actions.togglePause}>
            <Icon name="play" />
            {t('resume')}
          </button>
        </section>
      ),
    };
  } else if (panel.kind === 'info') {
    const h = node.hotspots.find((x) => x.id === panel.hotspotId);
    if (h?.kind === 'info')
      sheet = {
        key: `info:${h.id}`,
        title: localize(h.label, lang),
        view: (
          <section className="panel" aria-labelledby="info-title">
            <PanelHeading id="info-title" icon="info">
              {localize(h.label, lang)}
            </PanelHeading>
            <p>{localize(h.text, lang)}</p>
            <button type="button" onClick={actions.closePanel}>
              <Icon name="close" />
              {t('close')}
            </button>
          </section>
        ),
      };
  } else if (panel.kind === 'question') {
    const q = index.questionsByNode.get(node.id)?.get(panel.questionId);
    if (q)
      sheet = { key: `q:${q.id}`, title: localize(q.prompt, lang), view: <QuestionForm key={q.id} question={q} lang={lang} hotspotId={panel.hotspotId} /> };
  } else if (panel.kind === 'feedback') {
    sheet = {
      key: 'feedback',
      title: t('feedback'),
      view: (
        <section className="panel" aria-labelledby="fb-title">
          <PanelHeading id="fb-title">{t('feedback')}</PanelHeading>
          <p>{localize(panel.text, lang)}</p>
          <button type="button" className="big" onClick={actions.dismissFeedback}>
            <Icon name="next" />
            {t('continue')}
          </button>
        </section>
      ),
    };
  } else if (panel.kind === 'ending' && node.ending) {
    sheet = {
      key: 'ending',
      title: localize(node.title, lang),
      view: (
        <section className="panel ending" aria-labelledby="end-title">
          <PanelHeading id="end-title" icon="star">
            {localize(node.title, lang)}
          </PanelHeading>
          <p>{localize(node.ending.takeaway, lang)}</p>
          <button type="button" className="big" onClick={actions.finish}>
            <Icon name="done" />
            {t('finish')}
          </button>
        </section>
      ),
    };
  } else if (panel.kind === 'done') {
    sheet = {
      key: 'done',
      title: t('endTitle'),
      view: (
        <section className="panel ending" aria-labelledby="done-title">
          <PanelHeading id="done-title">{t('endTitle')}</PanelHeading>
          <p>{t('endThanks')}</p>
          <button type="button" className="big" onClick={actions.restartScenario}>
            <Icon name="restart" />
            {t('playAgain')}
          </button>
          <button type="button" onClick={actions.exit}>
            {t('toOverview')}
          </button>
        </section>
      ),
    };
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
              <Icon name={videoPaused ? 'play' : 'pause'} />
              {videoPaused ? t('playVideo') : t('pauseVideo')}
            </button>
          )}
          <button type="button" aria-expanded={menuOpen} aria-controls="player-menu" onClick={actions.toggleMenu}>
            <Icon name="menu" />
            {t('menu')}
          </button>
        </div>
      </header>
      {menuOpen && (
        <nav id="player-menu" className="menu" aria-label={t('menu')}>
          <button type="button" onClick={actions.togglePause}>
            <Icon name={paused ? 'play' : 'pause'} />
            {paused ? t('resume') : t('pause')}
          </button>
          {play.history.length > 0 && play.status === 'playing' && (
            <button type="button" onClick={actions.back}>
              <Icon name="back" />
              {t('back')}
            </button>
          )}
          <button type="button" onClick={actions.restartScene}>
            <Icon name="restart" />
            {t('restartScene')}
          </button>
          <LanguageButton />
          <button type="button" onClick={actions.cycleTextSize}>
            <Icon name="textSize" />
            {t('textSize')} ({Math.round(textScale * 100)}%)
          </button>
          <button type="button" onClick={actions.exit}>
            <Icon name="exit" />
            {t('exit')}
          </button>
        </nav>
      )}
      <NarrationAudio src={audioPath ? media(audioPath) : null} paused={paused} playKey={`${node.id}:${panel.kind}:${transition}`} />
      <div className="bottom">
        {node.narration && (
          <Captions text={localize(node.narration.text, lang)} hasAudio={audioPath !== null} paused={paused} nodeKey={`${node.id}:${transition}`} />
        )}
        {left !== null && !paused && (
          <p className="timer" role="timer" aria-live="off">
            <Icon name="timer" /> {t('timeLeft', { seconds: left })}
          </p>
        )}
        {sheet && (
          <Sheet key={`${transition}:${sheet.key}`} title={sheet.title}>
            {sheet.view}
          </Sheet>
        )}
        {hotspots.length > 0 && !paused && (
          <section className="hotspots" aria-label={t('inThisRoom')}>
            <h2 className="sr-only">{t('inThisRoom')}</h2>
            <ul>
              {hotspots.map((h) => (
                <li key={h.id}>
                  <button type="button" className={`hotspot ${h.kind} ${seen.has(h.id) ? 'seen' : ''}`} onClick={() => actions.openHotspot(h.id)}>
                    <span className="icon">
                      <Icon name={HOTSPOT_ICONS[h.kind]} />
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
