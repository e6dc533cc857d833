import { useEffect, useState } from 'react';
import { serverNow } from '../facilitator-api/api-client.ts';

/** The current time on the server's clock, refreshed every `intervalMs`, for "2 minutes ago" and online/offline. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
