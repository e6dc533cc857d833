import { useCallback, useEffect, useReducer, useRef } from 'react';
import { z } from 'zod';
import type { SessionView } from '../core/api/sessions.ts';
import { apiGet, ApiRequestError, appUrl, sessionPath } from '../facilitator-api/api-client.ts';
import { SessionDetail, type ParticipantView } from '../core/api/sessions.ts';
import { EventList, StoredEvent } from '../core/api/stored-event.ts';

export type Connection = 'connecting' | 'open' | 'lost';

export interface LiveSession {
  status: 'loading' | 'ready' | 'error' | 'erased';
  error: unknown;
  session: SessionView | null;
  /** By participant code, in the order they joined. */
  participants: ReadonlyMap<string, ParticipantView>;
  /** By event id: a repeat (live and in a reload) counts once. */
  events: ReadonlyMap<string, StoredEvent>;
  connection: Connection;
}

type Action =
  | { type: 'refresh-start' }
  | { type: 'loaded'; detail: SessionDetail; events: StoredEvent[] }
  | { type: 'failed'; error: unknown }
  | { type: 'erased' }
  | { type: 'events'; events: StoredEvent[] }
  | { type: 'joined'; code: string; at: number }
  | { type: 'seen'; code: string; at: number }
  | { type: 'connection'; connection: Connection };

interface State extends LiveSession {
  /** Joins heard live since the last full load started: the load may not have seen them yet. */
  joinedDuringLoad: Set<string>;
}

const INITIAL: State = {
  status: 'loading',
  error: null,
  session: null,
  participants: new Map(),
  events: new Map(),
  connection: 'connecting',
  joinedDuringLoad: new Set(),
};

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'refresh-start':
      return { ...state, joinedDuringLoad: new Set() };
    case 'loaded': {
      const participants = new Map(action.detail.participants.map((p) => [p.code, p]));
      for (const code of state.joinedDuringLoad) {
        const p = state.participants.get(code);
        if (p && !participants.has(code)) participants.set(code, p);
      }
      // The server's list, plus what came live meanwhile; an erased participant's events go.
      const events = new Map(action.events.map((e) => [e.id, e]));
      for (const [id, e] of state.events) if (!events.has(id) && participants.has(e.participantCode)) events.set(id, e);
      return { ...state, status: 'ready', error: null, session: action.detail.session, participants, events };
    }
    case 'failed':
      return state.status === 'ready' ? state : { ...state, status: 'error', error: action.error };
    case 'erased':
      return { ...state, status: 'erased' };
    case 'events': {
      const events = new Map(state.events);
      for (const e of action.events) events.set(e.id, e);
      return { ...state, events };
    }
    case 'joined': {
      if (state.participants.has(action.code)) return state;
      const participants = new Map(state.participants);
      participants.set(action.code, { code: action.code, joinedAt: action.at, lastSeenAt: action.at, consentedAt: null });
      const session = state.session ? { ...state.session, participantCount: participants.size } : null;
      return { ...state, participants, session, joinedDuringLoad: new Set([...state.joinedDuringLoad, action.code]) };
    }
    case 'seen': {
      const p = state.participants.get(action.code);
      if (!p || p.lastSeenAt >= action.at) return state;
      const participants = new Map(state.participants);
      participants.set(action.code, { ...p, lastSeenAt: action.at });
      return { ...state, participants };
    }
    case 'connection':
      return state.connection === action.connection ? state : { ...state, connection: action.connection };
  }
}

const EventsMessage = z.object({ events: z.array(StoredEvent) });
const JoinedMessage = z.object({ participantCode: z.string(), at: z.number() });

/** Retry a stream the browser gave up on (it answered with something other than a stream). */
const RECONNECT_MS = 5_000;
/**
 * A full load this often while the page is open: a watched session counts as activity (the
 * login ends after 30 idle minutes, a lesson can be longer without a click), and anything a
 * stream could have missed is caught up.
 */
const KEEP_ALIVE_MS = 5 * 60_000;

/**
 * A session as it happens: the full state from `GET /api/sessions/:id` and `/events`, then
 * every join and event pushed on `/api/sessions/:id/live`. On each (re)connection the full
 * state is loaded again, so nothing sent while the stream was down is missed.
 */
export function useSessionLive(sessionId: string): LiveSession & { refresh: () => Promise<void> } {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const alive = useRef(true);

  const refresh = useCallback(async () => {
    dispatch({ type: 'refresh-start' });
    try {
      const [detail, events] = await Promise.all([apiGet(sessionPath(sessionId), SessionDetail), apiGet(sessionPath(sessionId, '/events'), EventList)]);
      if (alive.current) dispatch({ type: 'loaded', detail, events: events.events });
    } catch (error) {
      if (!alive.current) return;
      if (error instanceof ApiRequestError && error.status === 404) dispatch({ type: 'erased' });
      else dispatch({ type: 'failed', error });
    }
  }, [sessionId]);

  const source = useRef<EventSource | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stop = useCallback(() => {
    alive.current = false;
    clearTimeout(retry.current);
    source.current?.close();
    source.current = null;
  }, []);

  useEffect(() => {
    alive.current = true;
    const connect = () => {
      const es = new EventSource(appUrl(sessionPath(sessionId, '/live')));
      source.current = es;
      const on = (name: string, handle: (data: unknown) => void) =>
        es.addEventListener(name, (m) => {
          try {
            handle(JSON.parse((m as MessageEvent<string>).data));
          } catch {
            // A message this version does not understand: the next full load has it.
          }
        });
      on('ready', () => {
        dispatch({ type: 'connection', connection: 'open' });
        void refresh();
      });
      on('events', (data) => dispatch({ type: 'events', events: EventsMessage.parse(data).events }));
      on('participant-joined', (data) => {
        const m = JoinedMessage.parse(data);
        dispatch({ type: 'joined', code: m.participantCode, at: m.at });
      });
      on('participant-seen', (data) => {
        const m = JoinedMessage.parse(data);
        dispatch({ type: 'seen', code: m.participantCode, at: m.at });
      });
      on('session-changed', () => void refresh());
      es.onerror = () => {
        if (!alive.current || source.current !== es) return;
        dispatch({ type: 'connection', connection: 'lost' });
        if (es.readyState === EventSource.CLOSED) {
          // The browser gave up. Find out why (a 401 goes to the login screen, a 404 means
          // erased), then try again.
          source.current = null;
          void refresh();
          retry.current = setTimeout(() => alive.current && connect(), RECONNECT_MS);
        }
      };
    };
    void refresh();
    connect();
    const keepAlive = setInterval(() => alive.current && void refresh(), KEEP_ALIVE_MS);
    return () => {
      clearInterval(keepAlive);
      stop();
    };
  }, [sessionId, refresh, stop]);

  // An erased session has nothing left to stream.
  const erased = state.status === 'erased';
  useEffect(() => {
    if (erased) stop();
  }, [erased, stop]);

  return { ...state, refresh };
}
