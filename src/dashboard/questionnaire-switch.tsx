import { useState } from 'react';
import { apiFetch, sessionPath } from '../facilitator-api/api-client.ts';
import { useAdminT } from './admin/admin-strings.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { errorText } from './error-text.ts';

/** The facilitator switches the candidate's questionnaire off (or on again) for this session; devices ask before they offer it. */
export function QuestionnaireSwitch({ sessionId, on, onChanged }: { sessionId: string; on: boolean; onChanged: () => void }) {
  const { t } = useAdminT();
  const dash = useDashboardT().t;
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setError(null);
    try {
      await apiFetch(sessionPath(sessionId), { method: 'PATCH', body: { questionnaire: !on } });
      onChanged();
    } catch (err) {
      setError(errorText(err, dash));
    }
  }
  return (
    <p className="session-meta questionnaire-switch">
      <span className="badge" data-questionnaire={on ? 'on' : 'off'}>
        {on ? t('questionnaireIsOn') : t('questionnaireIsOff')}
      </span>
      <button type="button" onClick={() => void toggle()}>
        {on ? t('questionnaireSwitchOff') : t('questionnaireSwitchOn')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </p>
  );
}
