import type { CatalogEntry } from '../core/scenario-catalog.ts';
import type { PlayRecorder } from '../player/recording-queue.ts';
import { deviceOutbox, syncClient } from '../sync/device-session.ts';
import type { Participation } from '../sync/outbox-db.ts';

/**
 * The player's recorder in a session: every step goes into the device outbox (awaited before
 * the screen moves on) and the resume journal, then a send is started so the facilitator sees
 * progress live; offline, that send just schedules a retry.
 */
export function createSessionRecorder(participation: Participation, entry: CatalogEntry): PlayRecorder {
  const outbox = deviceOutbox();
  return {
    async open() {
      await outbox.setScenario(participation.id, entry.path);
      return outbox.journalFor(participation.id, entry.path);
    },
    discard: () => outbox.clearJournal(participation.id, entry.path),
    async record(action, now, events) {
      await outbox.recordStep(participation.id, entry.path, action, now, events);
      void syncClient().flush();
    },
    close: () => void outbox.setScenario(participation.id, null),
  };
}
