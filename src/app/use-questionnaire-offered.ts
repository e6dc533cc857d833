import { useEffect, useState } from 'react';
import type { Participation } from '../sync/outbox-db.ts';

/**
 * Whether this session offers the candidate's questionnaire: what the join said, then what the
 * server says now (the facilitator may switch it off after the device joined). Offline, the
 * join's answer stands. No participation (free play): never.
 */
export function useQuestionnaireOffered(participation: Participation | null): boolean {
  const [offered, setOffered] = useState(participation?.session.questionnaire === true);
  const token = participation?.token;
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    fetch(`${import.meta.env.BASE_URL}api/participation`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
      cache: 'no-store',
    })
      .then(async (res) => {
        if (!res.ok) return;
        const body = (await res.json()) as { questionnaire?: unknown };
        if (typeof body.questionnaire === 'boolean') setOffered(body.questionnaire);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [token]);
  return token ? offered : false;
}

/** "Done" for this participation, for this tab only: no answer is kept here, only that the round was finished. */
const doneKey = (participationId: string) => `bbvr-questionnaire-done:${participationId}`;
export const isQuestionnaireDone = (participationId: string) => sessionStorage.getItem(doneKey(participationId)) !== null;
export const markQuestionnaireDone = (participationId: string) => sessionStorage.setItem(doneKey(participationId), '1');
