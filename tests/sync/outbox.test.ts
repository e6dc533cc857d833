import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WireEvent } from '../../src/core/api/device-event.ts';
import { initialState, replay, step } from '../../src/core/engine.ts';
import type { Action, PlayState } from '../../src/core/engine-types.ts';
import type { ScenarioIndex } from '../../src/core/scenario-index.ts';
import { Outbox, PENDING_GRACE_MS, StorageFullError } from '../../src/sync/outbox.ts';
import { OutboxDb } from '../../src/sync/outbox-db.ts';
import { DAY, OUDERENZORG, T0, THUISZORG, freshDbName, joinResponse, joinedOutbox, loadScenario, openOutbox, queueEvents } from './fixtures.ts';

const ouderenzorg = await loadScenario(OUDERENZORG);
const thuiszorg = await loadScenario(THUISZORG);

/** Plays like the UI does: step the engine, and record every accepted step before moving on. */
class LivePlayer {
  state: PlayState;
  now = T0;
  constructor(
    private readonly outbox: Outbox,
    private readonly participationId: string,
    private readonly scenario: string,
    private readonly index: ScenarioIndex,
  ) {
    this.state = initialState(index.scenario);
  }

  async act(action: Action): Promise<void> {
    this.now += 1_234;
    const result = step(this.index, this.state, action, this.now);
    expect(result.rejected, JSON.stringify(action)).toBeUndefined();
    await this.outbox.recordStep(this.participationId, this.scenario, action, this.now, result.events);
    this.state = result.state;
  }
}

async function allRows(outbox: Outbox, participationId: string) {
  return outbox.oldestPending(participationId, Number.MAX_SAFE_INTEGER);
}

describe('recordStep: sequence numbers', () => {
  it('are gapless and monotonic across two scenarios, consent and a reload', async () => {
    const name = freshDbName();
    const { outbox, participationId } = await joinedOutbox(name);
    const recorded: string[] = [];

    const a = new LivePlayer(outbox, participationId, OUDERENZORG, ouderenzorg);
    await a.act({ type: 'start' });
    recorded.push((await outbox.recordConsent(participationId, 1)).id);
    const b = new LivePlayer(outbox, participationId, THUISZORG, thuiszorg);
    await b.act({ type: 'start' });
    await b.act({ type: 'open-hotspot', hotspotId: 'werkbegeleider' });
    await a.act({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' });

    // Reload: a new Dexie instance over the same IndexedDB.
    outbox.db.close();
    const reloaded = new Outbox(new OutboxDb(name), { now: () => T0 });
    const c = new LivePlayer(reloaded, participationId, OUDERENZORG, ouderenzorg);
    c.state = a.state;
    c.now = a.now;
    await c.act({ type: 'open-hotspot', hotspotId: 'over-mevrouw' });
    // Two steps at once (a double tap): the transaction keeps them apart.
    await Promise.all([reloaded.recordConsent(participationId, 2), queueEvents(reloaded, participationId, 3)]);

    const rows = await allRows(reloaded, participationId);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i));
    expect(rows.map((r) => r.event.seq)).toEqual(rows.map((_, i) => i));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.find((r) => r.id === recorded[0])?.seq).toBe(2); // after started + scene-entered
    expect((await reloaded.participation(participationId))?.nextSeq).toBe(rows.length);
    // Scenario order is kept: the thuiszorg events sit between the two ouderenzorg steps.
    const scenarios = rows.map((r) => r.event.scenario);
    expect(scenarios.slice(0, 6)).toEqual([OUDERENZORG, OUDERENZORG, null, THUISZORG, THUISZORG, THUISZORG]);
    for (const r of rows) expect(WireEvent.safeParse(r.event).success).toBe(true);
  });

  it('start at 0 for each participation and survive joining again', async () => {
    const name = freshDbName();
    const { outbox, participationId } = await joinedOutbox(name);
    await queueEvents(outbox, participationId, 4);
    const other = await outbox.saveParticipation(joinResponse('token-b', 'MN4TQX'));
    const [first] = await outbox.recordStep(other.id, THUISZORG, { type: 'start' }, T0, [
      { type: 'started', scenarioId: 'wijkroute-thuiszorg', scenarioVersion: '1.0.0', at: T0 },
    ]);
    expect(first?.seq).toBe(0);

    // Joining again with the same code (a new token) must not reset the sequence.
    await outbox.saveParticipation(joinResponse('token-a2', 'KX7P3Q'));
    const [next] = await queueEvents(outbox, participationId, 1).then((ids) => Promise.all(ids.map((id) => outbox.db.outbox.get(id))));
    expect(next?.seq).toBe(4);
    expect((await outbox.participation(participationId))?.token).toBe('token-a2');
  });
});

describe('recordStep: writing', () => {
  it('writes events, journal and nextSeq together, and nothing when storage is full', async () => {
    const { outbox, participationId } = await joinedOutbox(freshDbName());
    await queueEvents(outbox, participationId, 2);
    outbox.db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const attempt = queueEvents(outbox, participationId, 3);
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow('Opslag op dit apparaat is vol / device storage is full');
    expect(await outbox.pendingCount(participationId)).toBe(2);
    expect(await outbox.db.journal.count()).toBe(1);
    expect((await outbox.participation(participationId))?.nextSeq).toBe(2);
  });

  it('refuses an event the server would refuse, before anything is written', async () => {
    const { outbox, participationId } = await joinedOutbox(freshDbName());
    const fractional = T0 + 0.5; // e.g. performance.now() based: the server wants whole ms
    await expect(
      outbox.recordStep(participationId, OUDERENZORG, { type: 'abort' }, fractional, [{ type: 'aborted', nodeId: null, durationMs: 0, at: fractional }]),
    ).rejects.toThrow(/refused by the server/);
    expect(await outbox.pendingCount()).toBe(0);
    expect(await outbox.db.journal.count()).toBe(0);
    expect((await outbox.participation(participationId))?.nextSeq).toBe(0);
  });

  it('records consent as a consent-given event without a scenario and marks the participation', async () => {
    const { outbox, participationId } = await joinedOutbox(freshDbName());
    const event = await outbox.recordConsent(participationId, 3);
    expect(event).toMatchObject({ seq: 0, at: T0, scenario: null, body: { type: 'consent-given', noticeVersion: 3 } });
    expect((await outbox.participation(participationId))?.consentedAt).toBe(T0);
    expect(await outbox.pendingCount(participationId)).toBe(1);
    expect(await outbox.db.journal.count()).toBe(0);
  });

  it('fails for a participation that is not on this device', async () => {
    const outbox = openOutbox(freshDbName());
    await expect(outbox.recordConsent('nope:XXXXXX', 1)).rejects.toThrow(/no participation/);
  });
});

describe('journalFor + replay', () => {
  it('rebuilds the live state after a reload, also across a scenario restart and back', async () => {
    const name = freshDbName();
    const { outbox, participationId } = await joinedOutbox(name);
    const live = new LivePlayer(outbox, participationId, OUDERENZORG, ouderenzorg);
    const other = new LivePlayer(outbox, participationId, THUISZORG, thuiszorg);

    await live.act({ type: 'start' });
    await live.act({ type: 'open-hotspot', hotspotId: 'werkbegeleider' });
    await live.act({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' });
    await other.act({ type: 'start' }); // another scenario in between must not leak into this journal
    await live.act({ type: 'answer', questionId: 'uitslapen', optionId: 'laten-liggen' });
    await live.act({ type: 'back' });
    await live.act({ type: 'answer', questionId: 'uitslapen', optionId: 'volgens-planning' });
    await live.act({ type: 'restart', scope: 'scenario' });
    await live.act({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' });
    await live.act({ type: 'answer', questionId: 'uitslapen', optionId: 'laten-liggen' });
    await live.act({ type: 'open-hotspot', hotspotId: 'terug-naar-kamer' });
    await live.act({ type: 'answer', questionId: 'tillen', optionId: 'collega-vragen' });
    await live.act({ type: 'restart', scope: 'scene' });
    await live.act({ type: 'open-hotspot', hotspotId: 'naar-gang-samen' });
    await live.act({ type: 'answer', questionId: 'familie-gesprek', optionId: 'luisteren-samira' });
    await other.act({ type: 'open-hotspot', hotspotId: 'werkbegeleider' });
    await live.act({ type: 'open-hotspot', hotspotId: 'verder-dienst' });
    await live.act({ type: 'answer', questionId: 'welk-moment', optionId: 'tempo' });
    await live.act({ type: 'answer', questionId: 'zou-jij-dit-doen', value: 4 });
    await live.act({ type: 'finish' });
    expect(live.state.status).toBe('completed');

    outbox.db.close();
    const reloaded = new Outbox(new OutboxDb(name));
    const journal = await reloaded.journalFor(participationId, OUDERENZORG);
    expect(journal).toHaveLength(18);
    const rebuilt = replay(ouderenzorg, journal);
    expect(rebuilt.rejected).toBeUndefined();
    expect(rebuilt.state).toEqual(live.state);

    // The replayed events are exactly the logged ones, in seq order.
    const logged = (await allRows(reloaded, participationId)).filter((r) => r.event.scenario === OUDERENZORG);
    expect(rebuilt.events).toEqual(logged.map((r) => ({ ...r.event.body, at: r.event.at })));

    const otherRebuilt = replay(thuiszorg, await reloaded.journalFor(participationId, THUISZORG));
    expect(otherRebuilt.state).toEqual(other.state);
    expect((await reloaded.participation(participationId))?.scenario).toBe(OUDERENZORG);
  });

  it('links each journal row to the ids of the events its step produced', async () => {
    const { outbox, participationId } = await joinedOutbox(freshDbName());
    const ids = await queueEvents(outbox, participationId, 3);
    const [row] = await outbox.db.journal.toArray();
    expect(row?.eventIds).toEqual(ids);
  });
});

describe('retention on the device', () => {
  async function setup() {
    const outbox = openOutbox(freshDbName());
    const expiredEmpty = await outbox.saveParticipation(joinResponse('t1', 'AAAAAA', { id: 's-old', purgeAt: T0 + DAY }));
    const expiredPending = await outbox.saveParticipation(joinResponse('t2', 'CCCCCC', { id: 's-old', purgeAt: T0 + DAY }));
    const current = await outbox.saveParticipation(joinResponse('t3', 'DDDDDD', { id: 's-new', purgeAt: T0 + 30 * DAY }));
    // expiredEmpty: played, all acknowledged, one event rejected.
    const ids = await queueEvents(outbox, expiredEmpty.id, 3);
    const [first] = await outbox.oldestPending(expiredEmpty.id, 1);
    await outbox.reject(first!, 422, 'invalid');
    await outbox.acknowledge(expiredEmpty.id, ids.slice(1));
    await queueEvents(outbox, expiredPending.id, 2);
    await queueEvents(outbox, current.id, 2);
    await outbox.acknowledge(
      current.id,
      (await outbox.oldestPending(current.id, 10)).map((r) => r.id),
    );
    return { outbox, expiredEmpty: expiredEmpty.id, expiredPending: expiredPending.id, current: current.id };
  }

  it('purgeExpired erases only expired participations with nothing pending', async () => {
    const { outbox, expiredEmpty, expiredPending, current } = await setup();
    expect(await outbox.purgeExpired(T0 + 2 * DAY)).toEqual({ purged: [expiredEmpty], keptPending: [expiredPending] });

    expect((await outbox.participations()).map((p) => p.id).sort()).toEqual([expiredPending, current].sort());
    const journalOwners = (await outbox.db.journal.toArray()).map((r) => r.participationId);
    expect(journalOwners.sort()).toEqual([expiredPending, current].sort());
    expect(await outbox.rejectedCount()).toBe(0);
    expect(await outbox.pendingCount(expiredPending)).toBe(2);

    // Before the purge date nothing goes.
    const again = await setup();
    expect(await again.outbox.purgeExpired(T0 + DAY - 1)).toEqual({ purged: [], keptPending: [] });
    expect(await again.outbox.participations()).toHaveLength(3);
  });

  it('unsent events are kept a week past the purge date, then erased (the server has erased the session)', async () => {
    const { outbox, expiredPending } = await setup();
    const expiresAt = (await outbox.participation(expiredPending))!.expiresAt;
    expect((await outbox.purgeExpired(expiresAt + PENDING_GRACE_MS - 1)).keptPending).toEqual([expiredPending]);
    expect((await outbox.purgeExpired(expiresAt + PENDING_GRACE_MS)).purged).toEqual([expiredPending]);
    expect(await outbox.pendingCount(expiredPending)).toBe(0);
  });

  it('forgetParticipation erases one participation, pending events included', async () => {
    const { outbox, expiredPending, current } = await setup();
    await outbox.forgetParticipation(expiredPending);
    expect(await outbox.participation(expiredPending)).toBeUndefined();
    expect(await outbox.pendingCount(expiredPending)).toBe(0);
    expect(await outbox.db.journal.where('participationId').equals(expiredPending).count()).toBe(0);
    expect(await outbox.participation(current)).toBeDefined();
    expect(await outbox.db.journal.where('participationId').equals(current).count()).toBe(1);
  });
});
