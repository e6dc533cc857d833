import { SESSION_MODES } from '../core/api/sessions.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { routeHash } from './dashboard-route.ts';
import { ModeIcon } from './mode-icon.tsx';
import { PageHeading } from './page-heading.tsx';

/** The three moments, each one big button with one plain line on what it is for. */
export function StartPage() {
  const { t } = useDashboardT();
  return (
    <>
      <PageHeading title={t('startTitle')}>{t('startTitle')}</PageHeading>
      <p>{t('startIntro')}</p>
      <ul className="moments">
        {SESSION_MODES.map((mode) => (
          <li key={mode}>
            <a className="button moment" href={routeHash({ page: 'create', mode })}>
              <ModeIcon mode={mode} />
              <span className="moment-name">{t(`mode_${mode}`)}</span>
              <span className="moment-line">{t(`modeLine_${mode}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={routeHash({ page: 'sessions' })}>{t('moreSessions')}</a>
      </p>
    </>
  );
}
