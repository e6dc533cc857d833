import { useMemo } from 'react';
import type { ParticipantNotes } from '../../core/api/participant-notes.ts';
import type { Gesprekskaart } from '../../core/gesprekskaart/gesprekskaart-types.ts';
import type { Leerwerkplaats } from '../../core/leerwerkplaats-schema.ts';
import { LEERVOORKEUR_IDS, LEERVOORKEUREN } from '../../core/leervoorkeuren.ts';
import { localize, type Language } from '../../core/localized-text.ts';
import { signalsFromGesprekskaart, NO_SIGNALS } from '../../core/matching/match-input.ts';
import { matchLeerwerkplaatsen } from '../../core/matching/match-leerwerkplaatsen.ts';
import { cardStrings, type CardKey } from './card-strings.ts';

type Form = ParticipantNotes['form'];

/**
 * The matching aid: a short form (leerweg, niveau, leerjaar, leervoorkeur), then every team
 * with what fits and what does not, per criterion, in plain words. The facilitator proposes a
 * team and says why; the list never decides.
 */
export function MatchingPanel({
  card,
  profiles,
  maxAgeDays,
  notes,
  onChange,
  lang,
}: {
  maxAgeDays?: number | undefined;
  card: Gesprekskaart | null;
  profiles: { own: boolean; profile: Leerwerkplaats }[];
  notes: ParticipantNotes;
  onChange: (notes: ParticipantNotes) => void;
  lang: Language;
}) {
  const tx = (k: CardKey, v?: Record<string, string | number>) => cardStrings.text(lang, k, v);
  const form = notes.form;
  const setForm = (patch: Partial<Form>) => onChange({ ...notes, form: { ...form, ...patch } });
  const today = new Date().toISOString().slice(0, 10);
  const matches = useMemo(
    () =>
      matchLeerwerkplaatsen(
        { signals: card ? signalsFromGesprekskaart(card) : NO_SIGNALS, form, today, ...(maxAgeDays !== undefined ? { maxAgeDays } : {}) },
        profiles.map((p) => p.profile),
      ),
    [card, form, profiles, today, maxAgeDays],
  );
  return (
    <section aria-labelledby="card-matching" className="matching no-print-break">
      <h2 id="card-matching">{tx('matching')}</h2>
      <p>{tx('matchingIntro')}</p>
      <div className="row matching-form">
        <label>
          {tx('leerweg')}{' '}
          <select value={form.leerweg ?? ''} onChange={(e) => setForm({ leerweg: (e.target.value || null) as Form['leerweg'] })}>
            <option value="">{tx('unknownOption')}</option>
            <option value="BOL">BOL</option>
            <option value="BBL">BBL</option>
          </select>
        </label>
        <NumberSelect
          label={tx('niveau')}
          unknown={tx('unknownOption')}
          value={form.niveau}
          onChange={(niveau) => setForm({ niveau: niveau as Form['niveau'] })}
        />
        <NumberSelect label={tx('leerjaar')} unknown={tx('unknownOption')} value={form.leerjaar} onChange={(leerjaar) => setForm({ leerjaar })} />
        <label>
          {tx('leervoorkeur')}{' '}
          <select value={form.leervoorkeur ?? ''} onChange={(e) => setForm({ leervoorkeur: (e.target.value || null) as Form['leervoorkeur'] })}>
            <option value="">{tx('unknownOption')}</option>
            {LEERVOORKEUR_IDS.map((id) => (
              <option key={id} value={id}>
                {localize(LEERVOORKEUREN[id], lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="match-list">
        {matches.map((m) => {
          const proposed = notes.proposal?.leerwerkplaatsId === m.profileId;
          return (
            <li key={m.profileId} className={`match${proposed ? ' proposed' : ''}`} data-profile={m.profileId} data-blockers={m.hardBlockers}>
              <h3>
                {localize(m.teamName, lang)} — {m.organisation}, {m.location.plaats}
              </h3>
              <p className="meta">{tx('placesFree', { count: m.placesFree })}</p>
              {(
                [
                  ['fits', m.fits, '✓'],
                  ['doesNotFit', m.doesNotFit, '✗'],
                  ['unknownCriteria', m.unknown, '?'],
                ] as const
              ).map(([key, list, mark]) =>
                list.length ? (
                  <div key={key} className={`criteria ${key}`}>
                    <strong>{tx(key)}</strong>
                    <ul>
                      {list.map((c, i) => (
                        <li key={c.id + i} data-criterion={c.id}>
                          <span aria-hidden="true">{mark} </span>
                          {localize(c.explanation, lang)}
                          {c.sources.length > 0 && (
                            <span className="sub" data-sources={c.sources.join(' ')}>
                              {tx('sourcesLabel')}: {c.sources.map((source) => tx(`source_${source}`)).join(', ')}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null,
              )}
              <button
                type="button"
                className="no-print"
                aria-pressed={proposed}
                onClick={() => onChange({ ...notes, proposal: { leerwerkplaatsId: m.profileId, reason: notes.proposal?.reason ?? '' } })}
              >
                {tx('propose')}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A choice of 1–4, or "not known yet" (null): niveau and leerjaar. */
function NumberSelect({ label, unknown, value, onChange }: { label: string; unknown: string; value: number | null; onChange: (v: number | null) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{unknown}</option>
        {[1, 2, 3, 4].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
