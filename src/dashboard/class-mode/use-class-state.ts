import { useCallback, useEffect, useState } from 'react';
import { type ClassCommand, ClassState, INITIAL_CLASS_STATE } from '../../core/api/class-mode.ts';
import { apiFetch, apiGet, appUrl, sessionPath } from '../../facilitator-api/api-client.ts';

/**
 * The class state of a session, live (the projector window follows the docent's controls made
 * in another window), and a way to send a command.
 */
export function useClassState(sessionId: string): { state: ClassState; send: (c: ClassCommand) => Promise<void>; error: unknown } {
  const [state, setState] = useState<ClassState>(INITIAL_CLASS_STATE);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let closed = false;
    apiGet(sessionPath(sessionId, '/class'), ClassState).then((s) => !closed && setState((cur) => (s.version >= cur.version ? s : cur)), setError);
    const source = new EventSource(appUrl(sessionPath(sessionId, '/live')));
    source.addEventListener('class-state', (e) => {
      const parsed = ClassState.safeParse((JSON.parse((e as MessageEvent<string>).data) as { state?: unknown }).state);
      if (parsed.success) setState((cur) => (parsed.data.version >= cur.version ? parsed.data : cur));
    });
    return () => {
      closed = true;
      source.close();
    };
  }, [sessionId]);
  const send = useCallback(
    async (command: ClassCommand) => {
      setError(null);
      try {
        const next = ClassState.parse(await apiFetch(sessionPath(sessionId, '/class'), { method: 'POST', body: command }));
        setState((cur) => (next.version >= cur.version ? next : cur));
      } catch (e) {
        setError(e);
      }
    },
    [sessionId],
  );
  return { state, send, error };
}
