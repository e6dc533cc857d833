import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { InterestBar } from '../../core/gesprekskaart/gesprekskaart-types.ts';
import { localize, type Language } from '../../core/localized-text.ts';

/** Interest per zorgcategorie from the candidate's own reflection answers; the same data as a list for screen readers and print. */
export function InterestChart({ bars, lang }: { bars: readonly InterestBar[]; lang: Language }) {
  // A bar always has a sliver of width so its caption ("1/5", "niet bekeken") is drawn; categories
  // without an answer get an invisible bar.
  const data = bars.map((b) => ({
    name: localize(b.label, lang),
    level: b.level === null ? 1 : Math.max(2, Math.round(b.level * 100)),
    answered: b.level !== null,
    text: localize(b.text, lang),
  }));
  return (
    <div className="interest">
      <div className="interest-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={40 + 30 * data.length}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 110 }}>
            <XAxis type="number" domain={[0, 100]} hide />
            <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 13 }} stroke="currentColor" />
            <Bar dataKey="level" fill="#2a7de1" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.name} fill={d.answered ? '#2a7de1' : 'transparent'} />
              ))}
              <LabelList dataKey="text" position="right" fill="currentColor" fontSize={13} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="sr-only">
        {bars.map((b) => (
          <li key={b.zorgcategorie} data-zorgcategorie={b.zorgcategorie}>
            {localize(b.label, lang)}: {localize(b.text, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}
