import { mark } from './perf-marks.ts';
import { usePlayer } from './play-store.ts';
import { useView } from './view-store.ts';
import { xrStore } from './xr-store.ts';

/**
 * Everything a candidate can do, as plain functions shared by the DOM controls, the in-VR
 * panels, the hotspot markers and gaze. One place, so all inputs behave the same.
 */
export const actions = {
  start: () => usePlayer.getState().dispatch({ type: 'start' }),
  openHotspot(hotspotId: string) {
    const s = usePlayer.getState();
    if (s.paused) return;
    mark('choice', { hotspotId });
    s.dispatch({ type: 'open-hotspot', hotspotId });
  },
  chooseOption(questionId: string, optionId: string) {
    mark('choice', { questionId, optionId });
    usePlayer.getState().dispatch({ type: 'answer', questionId, optionId });
  },
  chooseValue(questionId: string, value: number) {
    mark('choice', { questionId, value });
    usePlayer.getState().dispatch({ type: 'answer', questionId, value });
  },
  closePanel: () => usePlayer.getState().setPanel({ kind: 'none' }),
  /** After feedback: the node's own question or ending if it has one, else the room. */
  dismissFeedback() {
    const { index, play, setPanel } = usePlayer.getState();
    const node = play?.nodeId ? index?.nodes.get(play.nodeId) : undefined;
    if (node?.question) setPanel({ kind: 'question', questionId: node.question.id, hotspotId: null });
    else if (node?.ending) setPanel({ kind: 'ending' });
    else setPanel({ kind: 'none' });
  },
  back: () => usePlayer.getState().dispatch({ type: 'back' }),
  restartScene: () => usePlayer.getState().dispatch({ type: 'restart', scope: 'scene' }),
  restartScenario: () => usePlayer.getState().dispatch({ type: 'restart', scope: 'scenario' }),
  finish: () => usePlayer.getState().dispatch({ type: 'finish' }),
  timerExpired: () => usePlayer.getState().dispatch({ type: 'timer-expired' }),
  togglePause: () => {
    const s = usePlayer.getState();
    s.setPaused(!s.paused);
  },
  toggleVideo: () => {
    const s = usePlayer.getState();
    s.setVideoPaused(!s.videoPaused);
  },
  toggleMenu: () => {
    const s = usePlayer.getState();
    s.setMenuOpen(!s.menuOpen);
  },
  toggleLanguage: () => {
    const s = usePlayer.getState();
    s.setLang(s.lang === 'nl' ? 'en' : 'nl');
  },
  cycleTextSize: () => {
    const s = usePlayer.getState();
    s.setTextScale(s.textScale === 1 ? 1.25 : s.textScale === 1.25 ? 1.5 : 1);
  },
  /** Turn the content so the node's initial view is where the head looks now (VR). */
  recenter(initialYaw: number) {
    const v = useView.getState();
    v.setWorldYawOffset(v.headYaw - initialYaw);
  },
  toggleGaze: () => {
    const v = useView.getState();
    v.setGazeEnabled(!v.gazeEnabled);
  },
  /** Stop: log the abort, leave VR, back to the start screen. Always available. */
  exit() {
    const s = usePlayer.getState();
    if (s.play?.status === 'playing') s.dispatch({ type: 'abort' });
    void xrStore.getState().session?.end();
    location.hash = '#/';
  },
};
