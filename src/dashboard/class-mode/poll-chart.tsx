import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Poll } from '../../core/class-poll.ts';
import { localize, type Language } from '../../core/localized-text.ts';

/**
 * One question's anonymous answers as bars, big enough to read from the back of a classroom.
 * The same numbers are in a visually hidden table for screen readers (and tests).
 */
export function PollChart({ poll, lang, answeredLabel }: { poll: Poll; lang: Language; answeredLabel: string }) {
  const data = poll.bars.map((b) => ({ name: localize(b.label, lang), count: b.count }));
  return (
    <section className="poll" data-question={poll.questionId} aria-labelledby={`poll-${poll.questionId}`}>
      <h3 id={`poll-${poll.questionId}`}>{localize(poll.question, lang)}</h3>
      <p className="meta">{answeredLabel}</p>
      <div className="poll-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={60 + 44 * data.length}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40 }}>
            <CartesianGrid horizontal={false} stroke="#33465e" />
            <XAxis type="number" allowDecimals={false} stroke="#c9d4e2" />
            <YAxis type="category" dataKey="name" width={220} stroke="#c9d4e2" tick={{ fontSize: 16 }} />
            <Bar dataKey="count" fill="#ffd166" isAnimationActive={false}>
              <LabelList dataKey="count" position="right" fill="#f4f6f8" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <tbody>
          {poll.bars.map((b) => (
            <tr key={b.id} data-option={b.id} data-count={b.count}>
              <th scope="row">{localize(b.label, lang)}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
