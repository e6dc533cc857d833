import { useId, useState } from 'react';
import type { ProfileDetail } from '../../core/api/profiles.ts';
import { useAdminT } from '../admin/admin-strings.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { errorText } from '../error-text.ts';
import { formatDateTime } from '../format-time.ts';
import { placesLine } from './places-line.ts';
import { profileApi } from './profile-api.ts';

/** What the team sent through its link, for the beheerder to publish or send back. */
export function ProposalBox({ detail, onDone }: { detail: ProfileDetail; onDone: () => Promise<void> }) {
  const { t, lang } = useAdminT();
  const dash = useDashboardT().t;
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const whyId = useId();
  const proposal = detail.proposal!;
  const before = placesLine(detail.profile, lang);
  const after = placesLine(proposal.profile, lang);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await onDone();
    } catch (err) {
      setError(errorText(err, dash));
    }
  }

  return (
    <section className="proposal-box" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{t('proposalTitle')}</h2>
      {proposal.status === 'returned' ? (
        <p>
          {t('statusReturned')}: {proposal.returnMessage}
        </p>
      ) : (
        <>
          <p>{t('proposalWaiting', { date: formatDateTime(proposal.submittedAt, lang) })}</p>
          {proposal.checked.length > 0 && <p>{t('proposalChecked', { blocks: proposal.checked.map((b) => t(`block_${b}`)).join(', ') })}</p>}
          {proposal.note && <p>{t('proposalNote', { note: proposal.note })}</p>}
          {proposal.baseRevision !== detail.revision && <p className="dash-notice warn">{t('proposalStale')}</p>}
          {before !== after ? (
            <div>
              <p>{t('proposalChanged')}</p>
              <p className="proposal-diff">
                <del>{before}</del>
                <br />
                <ins>{after}</ins>
              </p>
            </div>
          ) : (
            <p className="hint">{t('proposalNoChange')}</p>
          )}
          <div className="row">
            <button type="button" className="primary" onClick={() => void run(() => profileApi.publishProposal(detail.id))}>
              {t('publish')}
            </button>
          </div>
          <div className="field">
            <label htmlFor={whyId}>{t('sendBackWhy')}</label>
            <textarea id={whyId} rows={2} value={why} onChange={(e) => setWhy(e.target.value)} />
          </div>
          <button type="button" disabled={!why.trim()} onClick={() => void run(() => profileApi.returnProposal(detail.id, why))}>
            {t('sendBack')}
          </button>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
