import { describe, expect, it } from 'vitest';
import { initialState, step } from '../../src/core/engine.ts';
import type { Action } from '../../src/core/engine-types.ts';
import type { EngineEvent } from '../../src/core/events.ts';
import { RecordingQueue, type StepRecorder } from '../../src/player/recording-queue.ts';
import { build, node } from '../core/fixtures.ts';

/** A recorder whose writes finish when the test says so, like a slow IndexedDB. */
function controlledRecorder() {
  const writes: { action: Action; events: EngineEvent[]; finish: () => void; fail: (e: Error) => void }[] = [];
  const recorder: StepRecorder = {
    record: (action, _now, events) => new Promise<void>((finish, fail) => writes.push({ action, events, finish, fail })),
  };
  return { recorder, writes };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

const index = build([
  node('a', { hotspots: [{ id: 'h', kind: 'goto', yaw: 0, pitch: 0, label: { nl: 'Verder' }, target: 'b' }] }),
  node('b', { ending: { takeaway: { nl: 'Klaar' } } }),
]);

describe('RecordingQueue', () => {
  it('computes each step on the one queued before it, and shows them in order only once logged', async () => {
    const { recorder, writes } = controlledRecorder();
    const shown: string[] = [];
    const queue = new RecordingQueue(recorder, () => shown.push('failed'));
    let visible = initialState(index.scenario);
    for (const action of [{ type: 'start' }, { type: 'open-hotspot', hotspotId: 'h' }] as Action[]) {
      const result = step(index, queue.base(visible), action, 1000);
      expect(result.rejected).toBeUndefined();
      queue.enqueue(action, 1000, result, () => {
        visible = result.state;
        shown.push(action.type);
      });
    }
    // The second step was accepted because it was computed on the queued `start`, not on what is shown.
    await flush();
    expect(shown).toEqual([]);
    expect(writes.map((w) => w.action.type)).toEqual(['start']);
    writes[0]!.finish();
    await flush();
    expect(shown).toEqual(['start']);
    expect(writes.map((w) => w.action.type)).toEqual(['start', 'open-hotspot']);
    writes[1]!.finish();
    await queue.settled();
    expect(shown).toEqual(['start', 'open-hotspot']);
    expect(visible.nodeId).toBe('b');
  });

  it('after a failed write shows nothing more and drops the steps computed on the unshown state', async () => {
    const { recorder, writes } = controlledRecorder();
    const shown: string[] = [];
    const failures: string[] = [];
    const queue = new RecordingQueue(recorder, (e) => failures.push(e.message));
    const visible = initialState(index.scenario);
    const first = step(index, queue.base(visible), { type: 'start' }, 1);
    queue.enqueue({ type: 'start' }, 1, first, () => shown.push('start'));
    const second = step(index, queue.base(visible), { type: 'open-hotspot', hotspotId: 'h' }, 2);
    queue.enqueue({ type: 'open-hotspot', hotspotId: 'h' }, 2, second, () => shown.push('open'));
    await flush();
    writes[0]!.fail(new Error('storage full'));
    await queue.settled();
    expect(failures).toEqual(['storage full']);
    expect(shown).toEqual([]);
    expect(writes).toHaveLength(1); // the second step was never written
    expect(queue.base(visible)).toBe(visible);
  });

  it('still logs a step queued before close (the abort when leaving), but shows nothing after close', async () => {
    const { recorder, writes } = controlledRecorder();
    const shown: string[] = [];
    const queue = new RecordingQueue(recorder, () => undefined);
    const result = step(index, initialState(index.scenario), { type: 'start' }, 1);
    queue.enqueue({ type: 'start' }, 1, result, () => shown.push('start'));
    queue.close();
    await flush();
    expect(writes.map((w) => w.action.type)).toEqual(['start']);
    writes[0]!.finish();
    await queue.settled();
    expect(shown).toEqual([]);
  });
});
