import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/**
 * Runs `load` when the page opens, again when `key` changes or on `retry`, and ignores an
 * answer that arrives after the page has gone or moved on.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { retry: () => void; reload: () => Promise<void> } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const mine = ++generation.current;
    setResult({ state: 'loading' });
    loadRef.current().then(
      (data) => mine === generation.current && setResult({ state: 'ready', data }),
      (error: unknown) => mine === generation.current && setResult({ state: 'error', error }),
    );
    return () => {
      generation.current++;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  /** Loads again without showing "loading" first (after a change the page made itself). */
  const reload = useCallback(async () => {
    const mine = generation.current;
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setResult({ state: 'ready', data });
    } catch (error) {
      if (mine === generation.current) setResult({ state: 'error', error });
    }
  }, []);
  return { ...result, retry, reload };
}
