import { useEffect, useState, useSyncExternalStore } from 'react';
import { appStrings } from './app-strings.ts';
import { syncClient } from '../sync/device-session.ts';
import { requestPersistentStorage } from '../sync/storage-persist.ts';

/**
 * Tells the candidate whether their answers have reached the server, calmly: being offline is
 * fine, nothing is lost. Polite live region, so a screen reader hears changes without interruption.
 */
export function SyncBadge({ compact = false }: { compact?: boolean }) {
  const { t } = appStrings.useT();
  const client = syncClient();
  const status = useSyncExternalStore(
    (cb) => client.subscribe(cb),
    () => client.status,
  );
  const [storage, setStorage] = useState<'denied' | 'nearly-full' | 'unavailable' | null>(null);
  useEffect(() => {
    void client.refreshStatus();
    requestPersistentStorage().then(
      (r) => setStorage(r.warning),
      () => setStorage(null),
    );
  }, [client]);

  let text: string;
  let kind: 'ok' | 'wait' | 'problem';
  if (status.blocked.length > 0) [text, kind] = [t('syncBlocked'), 'problem'];
  else if (status.rejected > 0) [text, kind] = [t('syncRejected', { count: status.rejected }), 'problem'];
  else if (status.pending > 0 && !status.online) [text, kind] = [t('syncOffline'), 'wait'];
  else if (status.pending > 0) [text, kind] = [t('syncPending', { count: status.pending }), 'wait'];
  else [text, kind] = [t('syncAllSent'), 'ok'];

  return (
    <div className={`sync-badge ${kind}${compact ? ' compact' : ''}`} role="status" aria-live="polite" data-pending={status.pending} data-sync={kind}>
      <span aria-hidden="true">{kind === 'ok' ? '✓' : kind === 'wait' ? '⟳' : '!'}</span> {text}
      {storage === 'nearly-full' && <span className="storage-warning"> {t('storageFull')}</span>}
      {storage === 'denied' && !compact && <span className="storage-warning"> {t('storageDenied')}</span>}
    </div>
  );
}
