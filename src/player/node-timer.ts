import { useEffect, useState } from 'react';
import { usePlayer } from './play-store.ts';
import { usePlayerActions } from './player-context.tsx';

/**
 * Runs a node's timer: counts only while not paused (pausing must never cost a candidate a
 * choice), and fires `timer-expired` at zero. Returns the seconds left for display.
 */
export function useNodeTimer(): number | null {
  const { timerExpired } = usePlayerActions();
  const transition = usePlayer((s) => s.transition);
  const paused = usePlayer((s) => s.paused);
  const seconds = usePlayer((s) => {
    const n = s.play?.nodeId ? s.index?.nodes.get(s.play.nodeId) : undefined;
    return s.play?.status === 'playing' && n?.timer ? n.timer.seconds : null;
  });
  const [left, setLeft] = useState<number | null>(seconds);
  useEffect(() => setLeft(seconds), [seconds, transition]);
  useEffect(() => {
    if (seconds === null || paused) return;
    const id = setInterval(() => {
      setLeft((l) => {
        if (l === null) return l;
        if (l <= 1) {
          clearInterval(id);
          queueMicrotask(timerExpired);
          return 0;
        }
        return l - 1;
      });
    }, 1000);
    return () => clearInterval(id);
  }, [seconds, paused, transition, timerExpired]);
  return left;
}
