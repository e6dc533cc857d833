import { useEffect, useRef, useState } from 'react';
import type { ParticipantNotes } from '../../core/api/participant-notes.ts';
import { localize } from '../../core/localized-text.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { routeHash } from '../dashboard-route.ts';
import { CardSections } from './card-sections.tsx';
import { cardStrings, type CardKey } from './card-strings.ts';
import { MatchingPanel } from './matching-panel.tsx';
import { useCardData } from './use-card-data.ts';
import { PageHeading } from '../page-heading.tsx';

/**
 * The gesprekskaart of one participant: the descriptive card (live while they play), the
 * facilitator's notes, conclusion and proposal (saved with the session), the matching aid.
 * Prints on one or two A4 pages; downloadable as a self-contained HTML file.
 */
export function CardPage({ sessionId, code }: { sessionId: string; code: string }) {
  const { lang } = useDashboardT();
  const tx = (k: CardKey, v?: Record<string, string | number>) => cardStrings.text(lang, k, v);
  const data = useCardData(sessionId, code);
  const [draft, setDraft] = useState<ParticipantNotes | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [saveError, setSaveError] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  useEffect(() => setDraft(null), [data.notesUpdatedAt]);
  const notes = draft ?? data.notes;
  const change = (next: ParticipantNotes) => {
    setDraft(next);
    setSaveState('idle');
  };
  async function save() {
    setSaveState('saving');
    try {
      await data.saveNotes(notes);
      setSaveState('saved');
      setSaveError(null);
    } catch (e) {
      setSaveState('error');
      setSaveError((e as Error).message);
    }
  }
  function download() {
    const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${tx('title', { code })}</title><style>body{font:14px/1.4 system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#111}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}.no-print,button,select,textarea{display:none}</style>${articleRef.current?.outerHTML ?? ''}</html>`;
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `gesprekskaart-${code}.html`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  const proposed = notes.proposal ? data.profiles.find((p) => p.profile.id === notes.proposal!.leerwerkplaatsId)?.profile : undefined;

  return (
    <article className="gesprekskaart" ref={articleRef} data-card-events={data.events.length}>
      <header className="card-header">
        <PageHeading title={tx('title', { code })}>{tx('title', { code })}</PageHeading>
        <div className="row no-print">
          <button type="button" className="big" onClick={() => window.print()}>
            {tx('print')}
          </button>
          <button type="button" className="big" onClick={download}>
            {tx('download')}
          </button>
          <a className="button" href={routeHash({ page: 'session', sessionId })}>
            {tx('back')}
          </a>
        </div>
      </header>
      {data.status === 'loading' && <p aria-busy="true">…</p>}
      {data.card ? <CardSections card={data.card} lang={lang} /> : data.status !== 'loading' && <p>{tx('noEvents')}</p>}

      <section aria-labelledby="card-notes" className="card-notes">
        <h2 id="card-notes">{tx('notes')}</h2>
        <p className="meta no-print">{tx('notesHint')}</p>
        <label className="block">
          <span className="sr-only">{tx('notes')}</span>
          <textarea rows={4} maxLength={5000} value={notes.notes} onChange={(e) => change({ ...notes, notes: e.target.value })} />
        </label>
        <p className="print-only">{notes.notes}</p>
        <label className="block">
          <strong>{tx('conclusion')}</strong>
          <textarea rows={2} maxLength={2000} value={notes.conclusion} onChange={(e) => change({ ...notes, conclusion: e.target.value })} />
        </label>
        <p className="print-only">{notes.conclusion}</p>
        <h3>{tx('proposal')}</h3>
        {proposed && notes.proposal ? (
          <>
            <p data-proposal={proposed.id}>
              {localize(proposed.stable.team.name, lang)} — {proposed.stable.organisation.name}
            </p>
            <label className="block">
              {tx('proposalReason')}
              <textarea
                rows={2}
                maxLength={2000}
                value={notes.proposal.reason}
                onChange={(e) => change({ ...notes, proposal: { ...notes.proposal!, reason: e.target.value } })}
              />
            </label>
            <p className="print-only">{notes.proposal.reason}</p>
          </>
        ) : (
          <p>{tx('noProposal')}</p>
        )}
        <div className="row no-print">
          <button type="button" className="big primary" onClick={save} disabled={saveState === 'saving'}>
            {saveState === 'saving' ? tx('saving') : tx('save')}
          </button>
          <span role="status" aria-live="polite">
            {saveState === 'saved' ? tx('saved') : ''}
          </span>
          {saveError && (
            <span role="alert" className="error">
              {saveError}
            </span>
          )}
        </div>
      </section>
      <MatchingPanel card={data.card} profiles={data.profiles} maxAgeDays={data.maxAgeDays} notes={notes} onChange={change} lang={lang} />
    </article>
  );
}
