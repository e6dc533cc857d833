import { useCallback, useEffect, useState } from 'react';
import type { Participation } from '../sync/outbox-db.ts';
import { activeParticipation } from '../sync/device-session.ts';

/** The active participation (undefined while loading, null when the device is not in a session). */
export function useParticipation(hash: string): { participation: Participation | null | undefined; reload: () => void } {
  const [participation, setParticipation] = useState<Participation | null | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    activeParticipation().then(
      (p) => !cancelled && setParticipation(p),
      () => !cancelled && setParticipation(null),
    );
    return () => {
      cancelled = true;
    };
  }, [hash, attempt]);
  return { participation, reload: useCallback(() => setAttempt((a) => a + 1), []) };
}
