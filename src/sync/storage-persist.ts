/**
 * Asks the browser not to evict the outbox under storage pressure. Without it a browser may
 * clear IndexedDB of a site, and with it unsent events, when the device runs low on space.
 */

export interface StorageReport {
  persisted: boolean;
  quotaBytes: number | null;
  usageBytes: number | null;
  /**
   * What the UI should warn about, most urgent first: 'nearly-full' (usage above 90% of the
   * quota), 'denied' (the browser may evict the data), 'unavailable' (no way to ask or know).
   */
  warning: 'denied' | 'nearly-full' | 'unavailable' | null;
}

export const NEARLY_FULL_RATIO = 0.9;

/** Only what is used, so tests can pass a plain object. */
export type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export async function requestPersistentStorage(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<StorageReport> {
  if (!storage) return { persisted: false, quotaBytes: null, usageBytes: null, warning: 'unavailable' };

  let persisted = false;
  let canAsk = typeof storage.persist === 'function';
  try {
    // Asking again when already granted is harmless, but `persisted()` avoids a prompt in Firefox.
    persisted = (await storage.persisted?.()) ?? false;
    if (!persisted && canAsk) persisted = await storage.persist!();
  } catch {
    canAsk = false;
  }

  let quotaBytes: number | null = null;
  let usageBytes: number | null = null;
  try {
    const estimate = await storage.estimate?.();
    quotaBytes = estimate?.quota ?? null;
    usageBytes = estimate?.usage ?? null;
  } catch {
    // No estimate: the report just has no numbers.
  }

  const nearlyFull = quotaBytes !== null && usageBytes !== null && quotaBytes > 0 && usageBytes > NEARLY_FULL_RATIO * quotaBytes;
  const warning = nearlyFull ? 'nearly-full' : persisted ? null : canAsk ? 'denied' : 'unavailable';
  return { persisted, quotaBytes, usageBytes, warning };
}
