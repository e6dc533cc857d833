import { useState } from 'react';
import { appStrings } from './app-strings.ts';
import type { Participation } from '../sync/outbox-db.ts';
import { deviceOutbox, leaveSession, NOTICE_VERSION, syncClient } from '../sync/device-session.ts';
import { requestPersistentStorage } from '../sync/storage-persist.ts';

/**
 * Before the first scene: what is logged, who sees it and for how long, in plain words. Only
 * "continue" starts logging; "no" forgets the participation on this device.
 */
export function ConsentNotice({ participation, onDone }: { participation: Participation; onDone: (declined: boolean) => void }) {
  const { t, lang } = appStrings.useT();
  const [error, setError] = useState<string | null>(null);
  const { session } = participation;
  const date = new Date(session.purgeAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

  async function accept() {
    try {
      await deviceOutbox().recordConsent(participation.id, NOTICE_VERSION);
      void syncClient().flush();
      // Ask the browser not to clear the outbox under storage pressure; the answer is shown later.
      void requestPersistentStorage();
      onDone(false);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function decline() {
    await leaveSession(true);
    onDone(true);
  }

  return (
    <main className="message notice-page" aria-labelledby="notice-title">
      <h1 id="notice-title">{t('noticeTitle')}</h1>
      <ul className="notice-list">
        <li>{t('noticeLogged')}</li>
        <li>{t('noticeWho', { organisation: session.organisation })}</li>
        <li>{t('noticeHow', { code: participation.participantCode })}</li>
        <li>{t('noticeRetention', { days: session.retentionDays, date })}</li>
      </ul>
      <p>
        <strong>{t('noticeChoice')}</strong>
      </p>
      <div className="row">
        <button type="button" className="big primary" onClick={accept}>
          {t('noticeContinue')}
        </button>
        <button type="button" className="big" onClick={decline}>
          {t('noticeDecline')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {t('recordFailed', { reason: error })}
        </p>
      )}
    </main>
  );
}
