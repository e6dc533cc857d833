import { useReading } from '../i18n/language-store.ts';
import { mark } from '../viewer/perf-marks.ts';
import type { ViewerStore } from '../viewer/viewer-store.ts';
import { usePlayer } from './play-store.ts';

export type PlayerActions = ReturnType<typeof createPlayerActions>;

/**
 * Everything a candidate can do, as plain functions shared by the DOM controls, the in-VR
 * panels, the hotspot markers and gaze. One place, so all inputs behave the same. Made per
 * player, bound to its viewer (look, XR session) and to where "stop" leads.
 */
export function createPlayerActions(viewer: ViewerStore, onExit: () => void) {
  const player = () => usePlayer.getState();
  const showScenePanel = () => {
    const { index, play, setPanel } = player();
    const node = play?.nodeId ? index?.nodes.get(play.nodeId) : undefined;
    if (play?.status === 'completed') setPanel({ kind: 'done' });
    else if (node?.question) setPanel({ kind: 'question', questionId: node.question.id, hotspotId: null });
    else if (node?.ending) setPanel({ kind: 'ending' });
    else setPanel({ kind: 'none' });
  };
  return {
    start: () => player().dispatch({ type: 'start' }),
    openHotspot(hotspotId: string) {
      const s = player();
      if (s.paused) return;
      mark('choice', { hotspotId });
      s.dispatch({ type: 'open-hotspot', hotspotId });
    },
    chooseOption(questionId: string, optionId: string) {
      mark('choice', { questionId, optionId });
      player().dispatch({ type: 'answer', questionId, optionId });
    },
    chooseValue(questionId: string, value: number) {
      mark('choice', { questionId, value });
      player().dispatch({ type: 'answer', questionId, value });
    },
    /** Closing an info text or a hotspot's question goes back to the scene's own question or ending: it is never lost. */
    closePanel: () => showScenePanel(),
    /** After feedback: the node's own question or ending if it has one, else the room. */
    dismissFeedback: () => showScenePanel(),
    back: () => player().dispatch({ type: 'back' }),
    restartScene: () => player().dispatch({ type: 'restart', scope: 'scene' }),
    restartScenario: () => player().dispatch({ type: 'restart', scope: 'scenario' }),
    finish: () => player().dispatch({ type: 'finish' }),
    timerExpired: () => player().dispatch({ type: 'timer-expired' }),
    togglePause: () => player().setPaused(!player().paused),
    toggleVideo: () => player().setVideoPaused(!player().videoPaused),
    toggleMenu: () => player().setMenuOpen(!player().menuOpen),
    toggleLanguage: () => useReading.getState().toggleLang(),
    cycleTextSize: () => useReading.getState().cycleTextScale(),
    /** Turn the content so the node's initial view is where the head looks now (VR). */
    recenter(initialYaw: number) {
      const v = viewer.view.getState();
      v.setWorldYawOffset(v.headYaw - initialYaw);
    },
    toggleGaze: () => {
      const v = viewer.view.getState();
      v.setGazeEnabled(!v.gazeEnabled);
    },
    /** Stop: log the abort, leave VR, and go where the player was opened from. Always available. */
    exit() {
      const s = player();
      if (s.play?.status === 'playing') s.dispatch({ type: 'abort' });
      void viewer.xr.getState().session?.end();
      onExit();
    },
  };
}
