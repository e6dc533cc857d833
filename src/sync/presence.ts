/** How often a device in a session says it is still there (the dashboard counts 60 s as online). */
export const HEARTBEAT_MS = 20_000;

/**
 * Tells the server every 20 s that this device is still in the session, while the page is
 * visible: the facilitator sees who is online, also when a candidate looks around one scene for
 * minutes. Best effort: a missed beat only shows as "offline" for a while. Returns a stop function.
 */
export function startPresence(token: string, baseUrl = ''): () => void {
  const beat = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    void fetch(`${baseUrl}/api/participation/heartbeat`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  };
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  return () => clearInterval(timer);
}
