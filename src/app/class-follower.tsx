import { useEffect } from 'react';
import { usePlayer } from '../player/play-store.ts';
import { connectClassChannel, useClassChannel } from '../sync/class-channel.ts';
import type { Participation } from '../sync/outbox-db.ts';
import { lookedAt } from '../viewer/view-angles.ts';
import { appStrings } from './app-strings.ts';
import { useClassHold } from './class-hold-store.ts';

const SAMPLE_MS = 333;
const SEND_MS = 2000;

/**
 * A device in a werkveldoriëntatie class: follows the docent's "volg mij" once per command,
 * blanks the screen on "pause", shows the docent's prompt, and — only while the docent has the
 * heatmap on — sends where it looks a few times per second (aggregated on the server, never per student).
 */
export function ClassFollower({ participation }: { participation: Participation }) {
  const { t } = appStrings.useT();
  const state = useClassChannel((s) => s.state);
  const hold = useClassHold();

  useEffect(() => connectClassChannel(participation.token, import.meta.env.BASE_URL.replace(/\/$/, '')), [participation.token]);

  useEffect(() => {
    useClassHold.getState().set({ blank: state?.paused ?? false, prompt: state?.prompt ?? null });
  }, [state?.paused, state?.prompt]);
  useEffect(() => () => useClassHold.getState().set({ blank: false, prompt: null }), []);

  // "Volg mij": go to the scenario, then to the scene, once per command (the candidate may look
  // around and move on afterwards). Remembered per tab so a reload does not pull them back.
  useEffect(() => {
    const follow = state?.follow;
    if (!state || !follow) return;
    const key = `bbvr.classFollowed.${participation.id}`;
    if (Number(sessionStorage.getItem(key) ?? -1) >= state.version) return;
    const target = `#/play/${follow.scenario}`;
    if (location.hash !== target) location.hash = target;
    const tryEnter = () => {
      const p = usePlayer.getState();
      if (p.entry?.path !== follow.scenario || !p.play || p.play.status === 'idle') return false;
      if (p.play.status !== 'playing') p.dispatch({ type: 'restart', scope: 'scenario' });
      if (usePlayer.getState().play?.nodeId !== follow.nodeId) usePlayer.getState().dispatch({ type: 'enter', nodeId: follow.nodeId });
      sessionStorage.setItem(key, String(state.version));
      return true;
    };
    if (tryEnter()) return;
    return usePlayer.subscribe(() => void tryEnter());
  }, [state, participation.id]);

  // Heatmap sampling, only while it is on and a scene is showing.
  useEffect(() => {
    if (!state?.heatmap) return;
    let samples: { scenario: string; nodeId: string; yaw: number; pitch: number }[] = [];
    const sample = setInterval(() => {
      const p = usePlayer.getState();
      if (!p.entry || p.play?.status !== 'playing' || !p.play.nodeId) return;
      const view = p.viewer?.view.getState();
      if (!view) return;
      const { yaw, pitch } = lookedAt(view);
      samples.push({ scenario: p.entry.path, nodeId: p.play.nodeId, yaw: (yaw + 360) % 360, pitch });
    }, SAMPLE_MS);
    const send = setInterval(() => {
      if (samples.length === 0) return;
      const body = JSON.stringify({ samples: samples.slice(0, 200) });
      samples = [];
      // Best effort: a lost batch of head directions costs nothing that matters.
      void fetch(`${import.meta.env.BASE_URL}api/participation/gaze`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${participation.token}` },
        body,
      }).catch(() => undefined);
    }, SEND_MS);
    return () => {
      clearInterval(sample);
      clearInterval(send);
    };
  }, [state?.heatmap, participation.token]);

  if (hold.blank) {
    return (
      <div className="class-blank" role="alert" data-class-blank="true">
        <p>{t('classBlank')}</p>
        {hold.prompt && <p className="class-prompt-text">{hold.prompt}</p>}
      </div>
    );
  }
  if (hold.prompt) {
    return (
      <div className="class-prompt" role="status" aria-live="polite">
        <strong>{t('classPrompt')}:</strong> <span className="class-prompt-text">{hold.prompt}</span>
      </div>
    );
  }
  return null;
}
