import { useId } from 'react';
import type { SessionView } from '../core/api/sessions.ts';
import { apiGet, appUrl, sessionPath } from '../facilitator-api/api-client.ts';
import { ServerInfo } from '../core/api/server-info.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { formatDateTime, formatTime } from './format-time.ts';
import { useLoad } from './use-load.ts';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** The addresses devices can reach this server on; this page's own when the server knows none. */
async function joinAddresses(): Promise<string[]> {
  const own = location.origin + import.meta.env.BASE_URL;
  try {
    const { urls } = await apiGet('api/server-info', ServerInfo);
    return urls.length ? urls : [own];
  } catch {
    return [own];
  }
}

/**
 * What the room needs to join: the code big enough to read from the back of a classroom
 * (characters spaced, no look-alikes), the QR code and the LAN address to type.
 */
export function JoinPanel({ session }: { session: SessionView & { joinCode: string } }) {
  const { t, lang } = useDashboardT();
  const headingId = useId();
  const addresses = useLoad(joinAddresses, 'addresses');
  const urls = addresses.state === 'ready' ? addresses.data.map((u) => u.replace(/\/$/, '')) : [];
  const onLoopback = LOOPBACK.test(location.hostname);
  const lanUrl = urls.find((u) => !LOOPBACK.test(new URL(u).hostname));
  const code = session.joinCode;
  return (
    <section className="join-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('joinTitle')}</h2>
      <div className="join-grid">
        <div>
          <p className="join-code-label">{t('joinCodeLabel')}</p>
          <p className="join-code" data-join-code={code}>
            <span className="sr-only">{t('joinCodeSpoken', { letters: code.split('').join(' ') })}</span>
            <span aria-hidden="true">
              {code.split('').map((c, i) => (
                <span key={i} className="join-char">
                  {c}
                </span>
              ))}
            </span>
          </p>
          <p>{t('joinHow')}</p>
          <ul className="join-urls">
            {urls.map((u) => (
              <li key={u}>
                <span className="join-url">{u}</span>
              </li>
            ))}
          </ul>
          <p>{t('joinHowCode')}</p>
          {session.joinCodeExpiresAt !== null && (
            <p className="hint">
              {t('joinExpires', {
                time:
                  new Date(session.joinCodeExpiresAt).toDateString() === new Date().toDateString()
                    ? formatTime(session.joinCodeExpiresAt, lang)
                    : formatDateTime(session.joinCodeExpiresAt, lang),
              })}
            </p>
          )}
        </div>
        <div className="join-qr">
          <img src={appUrl(sessionPath(session.id, '/qr.svg'))} alt={t('qrAlt', { code })} width={260} height={260} />
          {onLoopback && lanUrl && <p className="hint">{t('qrLocalhost', { host: location.host, url: lanUrl })}</p>}
        </div>
      </div>
    </section>
  );
}
