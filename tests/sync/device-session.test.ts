import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deviceOutbox, startDeviceSync } from '../../src/sync/device-session.ts';
import { DAY, joinResponse, T0 } from './fixtures.ts';

describe('device session at app start', () => {
  it('erases participations past their retention and keeps current ones', async () => {
    const outbox = deviceOutbox();
    const old = await outbox.saveParticipation(joinResponse('t'.repeat(43), 'P-OLD1', { id: crypto.randomUUID(), purgeAt: T0 + DAY }));
    const current = await outbox.saveParticipation(joinResponse('u'.repeat(43), 'P-NEW1', { id: crypto.randomUUID(), purgeAt: T0 + 30 * DAY }));
    const result = await startDeviceSync(T0 + 2 * DAY);
    expect(result).toEqual({ purged: [old.id], pending: 0 });
    expect((await outbox.participations()).map((p) => p.id)).toEqual([current.id]);
  });
});
