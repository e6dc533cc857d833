import { create } from 'zustand';
import { ClassState } from '../core/api/class-mode.ts';

interface ClassChannelStore {
  /** The docent's class state; null until the first message (or outside a session). */
  state: ClassState | null;
  connected: boolean;
}

/** Latest class state from the server, for the follower and the player. */
export const useClassChannel = create<ClassChannelStore>(() => ({ state: null, connected: false }));

/**
 * Listens to the docent's controls: a server-sent-events stream read with fetch (EventSource
 * cannot send the device's bearer token), reconnecting with backoff when the network drops.
 * Returns a function that stops listening.
 */
export function connectClassChannel(token: string, baseUrl = ''): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let failures = 0;

  async function run(): Promise<void> {
    while (!stopped) {
      controller = new AbortController();
      try {
        const res = await fetch(`${baseUrl}/api/participation/live`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
        // A token the server no longer knows will not start working by retrying.
        if (res.status === 401 || res.status === 403) return;
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        useClassChannel.setState({ connected: true });
        failures = 0;
        await readEvents(res.body, (event, data) => {
          if (event !== 'class-state') return;
          const parsed = ClassState.safeParse((data as { state?: unknown }).state);
          if (parsed.success) useClassChannel.setState({ state: parsed.data });
        });
      } catch {
        // Offline or the server restarted: try again below.
      }
      useClassChannel.setState({ connected: false });
      if (stopped) return;
      failures++;
      await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** Math.min(failures, 5))));
    }
  }
  void run();
  return () => {
    stopped = true;
    controller?.abort();
    useClassChannel.setState({ connected: false, state: null });
  };
}

async function readEvents(body: ReadableStream<Uint8Array>, on: (event: string, data: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let i;
    while ((i = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) {
        try {
          on(event, JSON.parse(data));
        } catch {
          // A malformed message is skipped, not fatal.
        }
      }
    }
  }
}
