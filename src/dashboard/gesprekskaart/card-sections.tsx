import type { Gesprekskaart } from '../../core/gesprekskaart/gesprekskaart-types.ts';
import { localize, type Language } from '../../core/localized-text.ts';
import { ZORGCATEGORIE_LABELS } from '../../core/zorgcategorie.ts';
import { cardStrings, type CardKey } from './card-strings.ts';
import { InterestChart } from './interest-chart.tsx';

/**
 * The descriptive part of the card: what was explored, the candidate's own answers, the choices
 * with a question to ask about each, hesitations, work aspects, and suggested questions. No
 * score, no verdict: input for a conversation.
 */
export function CardSections({ card, lang }: { card: Gesprekskaart; lang: Language }) {
  const tx = (k: CardKey, v?: Record<string, string | number>) => cardStrings.text(lang, k, v);
  const l = (t: { nl: string; en?: string }) => localize(t, lang);
  return (
    <>
      <p className="disclaimer" role="note">
        {l(card.disclaimer)}
      </p>
      {card.ownAnswers.length > 0 && (
        <section aria-labelledby="card-own-answers">
          <h2 id="card-own-answers">{tx('ownAnswersTitle')}</h2>
          <dl className="own-answers">
            {card.ownAnswers.map((a) => (
              <div key={a.questionId} data-own-answer={a.questionId}>
                <dt>{l(a.question)}</dt>
                <dd>
                  {a.options.map((o) => l(o.label)).join(', ')}
                  {a.changed ? ` (${tx('ownAnswersChanged')})` : ''}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="card-explored">
        <h2 id="card-explored">{tx('explored')}</h2>
        <table className="card-table">
          <thead>
            <tr>
              <th scope="col">{tx('category')}</th>
              <th scope="col">{tx('scenario')}</th>
              <th scope="col">{tx('time')}</th>
              <th scope="col">{tx('status')}</th>
            </tr>
          </thead>
          <tbody>
            {card.scenarios.map((s) => (
              <tr key={s.scenario}>
                <td>{s.zorgcategorie ? l(ZORGCATEGORIE_LABELS[s.zorgcategorie]) : '—'}</td>
                <td>{l(s.title)}</td>
                <td>{tx('minutes', { count: Math.max(1, Math.round(s.timeMs / 60000)) })}</td>
                <td>
                  {tx(s.lastRun)}
                  {s.scenesTotal !== null ? ` · ${tx('scenes', { seen: s.scenesSeen, total: s.scenesTotal })}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="card-interest">
        <h2 id="card-interest">{tx('interest')}</h2>
        <InterestChart bars={card.interest} lang={lang} />
      </section>

      <section aria-labelledby="card-reflections">
        <h2 id="card-reflections">{tx('reflections')}</h2>
        <ul className="card-list">
          {card.reflections
            .filter((r) => r.latest)
            .map((r) => (
              <li key={`${r.scenario}/${r.questionId}`} data-reflection={r.questionId}>
                <strong>{l(r.question)}</strong>{' '}
                {r.answer.kind === 'option' ? l(r.answer.label) : tx('scaleValue', { value: r.answer.value, max: r.answer.max ?? '?' })}
                <br />
                <em>{l(r.conversationQuestion)}</em>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="card-choices">
        <h2 id="card-choices">{tx('choices')}</h2>
        <ol className="card-list">
          {card.choices
            .filter((c) => c.latest)
            .map((c) => (
              <li key={`${c.scenario}/${c.questionId}/${c.at}`} data-choice={c.optionId}>
                <span className="meta">{l(c.question)}</span>
                <br />
                {tx('chose')}: “{l(c.label)}”{c.changedFrom ? ` (${tx('changedFrom', { label: l(c.changedFrom.label) })})` : ''}
                <br />
                <strong className="talking-point">{l(c.conversationQuestion)}</strong>
              </li>
            ))}
        </ol>
      </section>

      <section aria-labelledby="card-hesitations">
        <h2 id="card-hesitations">{tx('hesitations')}</h2>
        {card.hesitations.length === 0 ? (
          <p>{tx('noHesitations')}</p>
        ) : (
          <ul className="card-list">
            {card.hesitations.map((h, i) => (
              <li key={i} data-hesitation={h.kind}>
                {l(h.description)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="card-aspects" className="two-col">
        <h2 id="card-aspects">{tx('aspects')}</h2>
        <div>
          <h3>{tx('aspectsFor')}</h3>
          <ul>
            {card.aspects.for.slice(0, 5).map((a) => (
              <li key={a.aspect}>
                {l(a.label)} ({a.for})
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{tx('aspectsAgainst')}</h3>
          <ul>
            {card.aspects.against.slice(0, 5).map((a) => (
              <li key={a.aspect}>
                {l(a.label)} ({a.against})
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="card-suggested">
        <h2 id="card-suggested">
          {tx('suggested')} — {l(card.conversation)}
        </h2>
        <ol className="card-list">
          {card.suggestedQuestions.map((q) => (
            <li key={q.id}>
              {l(q.text)}
              {q.basis && <span className="meta"> ({l(q.basis)})</span>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
