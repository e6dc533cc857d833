import { describe, expect, it } from 'vitest';
import { requestPersistentStorage, type StorageLike } from '../../src/sync/storage-persist.ts';

const GB = 1024 ** 3;

function storage(opts: { persisted?: boolean; grant?: boolean; usage?: number; quota?: number; throws?: boolean }): StorageLike & { asked: number } {
  const s = {
    asked: 0,
    persisted: async () => opts.persisted ?? false,
    persist: async () => {
      s.asked += 1;
      if (opts.throws) throw new Error('not allowed');
      return opts.grant ?? false;
    },
    estimate: async () => ({ usage: opts.usage ?? 10_000, quota: opts.quota ?? 2 * GB }),
  };
  return s;
}

describe('requestPersistentStorage', () => {
  it('asks for persistence and reports quota and usage', async () => {
    const s = storage({ grant: true, usage: 5_000, quota: GB });
    expect(await requestPersistentStorage(s)).toEqual({ persisted: true, quotaBytes: GB, usageBytes: 5_000, warning: null });
    expect(s.asked).toBe(1);
  });

  it('does not ask again when already persisted', async () => {
    const s = storage({ persisted: true });
    expect((await requestPersistentStorage(s)).persisted).toBe(true);
    expect(s.asked).toBe(0);
  });

  it('warns "denied" when the browser says no (or throws)', async () => {
    expect((await requestPersistentStorage(storage({ grant: false }))).warning).toBe('denied');
    expect((await requestPersistentStorage(storage({ throws: true }))).warning).toBe('unavailable');
  });

  it('warns "nearly-full" above 90% of the quota, before anything else', async () => {
    expect((await requestPersistentStorage(storage({ grant: false, usage: 0.91 * GB, quota: GB }))).warning).toBe('nearly-full');
    expect((await requestPersistentStorage(storage({ grant: true, usage: 0.9 * GB, quota: GB }))).warning).toBeNull();
  });

  it('warns "unavailable" without a StorageManager or without persist()', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ persisted: false, quotaBytes: null, usageBytes: null, warning: 'unavailable' });
    const noPersist: StorageLike = { estimate: async () => ({ usage: 1, quota: 100 }) };
    expect(await requestPersistentStorage(noPersist)).toEqual({ persisted: false, quotaBytes: 100, usageBytes: 1, warning: 'unavailable' });
  });
});
