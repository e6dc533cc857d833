import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { EMPTY_NOTES, ParticipantNotes } from '../../core/api/participant-notes.ts';
import type { StoredEvent } from '../../core/api/stored-event.ts';
import { buildGesprekskaart } from '../../core/gesprekskaart/build-gesprekskaart.ts';
import type { Gesprekskaart } from '../../core/gesprekskaart/gesprekskaart-types.ts';
import { readLeerwerkplaatsList, type LeerwerkplaatsEntry } from '../../core/api/leerwerkplaatsen.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import { apiFetch, apiGet, sessionPath } from '../../facilitator-api/api-client.ts';
import { loadScenarioIndex } from '../scenario-data.ts';
import { versionKey } from '../../core/logged-content.ts';
import { useSessionLive } from '../use-session-live.ts';

const NotesAnswer = z.object({ notes: ParticipantNotes, updatedAt: z.number().nullable() });

export interface CardData {
  status: 'loading' | 'ready' | 'error';
  mode: 'intake' | 'sollicitatie' | 'werkveldorientatie';
  card: Gesprekskaart | null;
  events: StoredEvent[];
  notes: ParticipantNotes;
  notesUpdatedAt: number | null;
  profiles: LeerwerkplaatsEntry[];
  saveNotes(notes: ParticipantNotes): Promise<void>;
}

/**
 * Everything the gesprekskaart needs, live: the participant's events as they arrive, the
 * scenarios they refer to, the facilitator's notes, and the teams for the matching aid.
 */
export function useCardData(sessionId: string, code: string): CardData {
  const live = useSessionLive(sessionId);
  const events = useMemo(() => [...live.events.values()].filter((e) => e.participantCode === code).sort((a, b) => a.seq - b.seq), [live.events, code]);
  // Each scenario now, and as it was at each version the events recorded (versionKey): an old
  // session's card names the nodes and options that were played, also after a re-publish.
  const paths = useMemo(
    () =>
      [...new Set(events.flatMap((e) => (e.scenario ? [e.scenario, ...(e.scenarioVersion ? [versionKey(e.scenario, e.scenarioVersion)] : [])] : [])))]
        .sort()
        .join(','),
    [events],
  );
  const [scenarios, setScenarios] = useState<Map<string, Scenario>>(new Map());
  useEffect(() => {
    let stale = false;
    const list = paths ? paths.split(',') : [];
    Promise.all(
      list.map((key) => {
        const [path, version] = key.split('@') as [string, string | undefined];
        return loadScenarioIndex(path, version).then(
          (i) => [key, i.scenario] as const,
          () => null,
        );
      }),
    ).then((pairs) => {
      if (!stale) setScenarios(new Map(pairs.filter((x): x is readonly [string, Scenario] => x !== null)));
    });
    return () => {
      stale = true;
    };
  }, [paths]);

  const [notes, setNotes] = useState<{ notes: ParticipantNotes; updatedAt: number | null } | null>(null);
  const [profiles, setProfiles] = useState<LeerwerkplaatsEntry[]>([]);
  const [error, setError] = useState(false);
  useEffect(() => {
    apiGet(sessionPath(sessionId, `/participants/${encodeURIComponent(code)}/notes`), NotesAnswer).then(setNotes, () => setError(true));
    apiFetch('api/leerwerkplaatsen').then(
      (raw) => setProfiles(readLeerwerkplaatsList(raw)),
      () => setProfiles([]),
    );
  }, [sessionId, code]);

  const mode = live.session?.mode ?? 'intake';
  const card = useMemo(() => (events.length ? buildGesprekskaart(events, scenarios, { mode }) : null), [events, scenarios, mode]);
  return {
    status: error || live.status === 'error' ? 'error' : live.status === 'ready' && notes ? 'ready' : 'loading',
    mode,
    card,
    events,
    notes: notes?.notes ?? EMPTY_NOTES,
    notesUpdatedAt: notes?.updatedAt ?? null,
    profiles,
    async saveNotes(next) {
      const saved = NotesAnswer.parse(await apiFetch(sessionPath(sessionId, `/participants/${encodeURIComponent(code)}/notes`), { method: 'PUT', body: next }));
      setNotes(saved);
    },
  };
}
