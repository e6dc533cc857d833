import { useId, type ReactNode } from 'react';
import type { BlockAgeView } from '../../core/api/profiles.ts';
import { LEERVOORKEUR_IDS, LEERVOORKEUREN } from '../../core/leervoorkeuren.ts';
import type { LeerwerkplaatsInput, VolatileBlock } from '../../core/leerwerkplaats-schema.ts';
import { DIENSTEN, LEERWEGEN, ROLLEN } from '../../core/leerwerkplaats-vocabulary.ts';
import { localize, type Language } from '../../core/localized-text.ts';
import { OPLEIDING_IDS, OPLEIDINGEN } from '../../core/opleidingen.ts';
import { useAdminT } from '../admin/admin-strings.ts';

export type VolatileDraft = LeerwerkplaatsInput['volatile'];
type Placement = VolatileDraft['placements']['places'][number];
type Person = VolatileDraft['werkbegeleiders']['people'][number];

/**
 * The changing facts of a profile as a form, one fieldset per block, each with when and by whom
 * it was last checked and a slot for the block's check action ("nog steeds juist" for the
 * beheerder, "klopt nog" for the team). The server stamps the dates: a block whose facts change
 * counts as checked on the day it is saved.
 */
export function VolatileForm({
  value,
  onChange,
  ages,
  action,
}: {
  value: VolatileDraft;
  onChange: (next: VolatileDraft) => void;
  ages: readonly BlockAgeView[];
  action?: (block: VolatileBlock) => ReactNode;
}) {
  const { t, lang } = useAdminT();
  const set = <K extends keyof VolatileDraft>(key: K, block: VolatileDraft[K]) => onChange({ ...value, [key]: block });
  const places = value.placements.places;
  const people = value.werkbegeleiders.people;
  const setPlace = (i: number, p: Placement) => set('placements', { ...value.placements, places: places.map((x, j) => (j === i ? p : x)) });
  const setPerson = (i: number, p: Person) => set('werkbegeleiders', { ...value.werkbegeleiders, people: people.map((x, j) => (j === i ? p : x)) });
  const block = (name: VolatileBlock, children: ReactNode) => (
    <BlockBox name={name} age={ages.find((a) => a.block === name)} action={action?.(name)}>
      {children}
    </BlockBox>
  );

  return (
    <div className="volatile-blocks">
      {block(
        'placements',
        <>
          {places.map((p, i) => (
            <fieldset key={i} className="placement-row">
              <legend>
                {t('places')} {i + 1}
              </legend>
              <Select
                label={t('leerweg')}
                value={p.leerweg}
                options={LEERWEGEN.ids.map((id) => [id, localize(LEERWEGEN.labels[id], lang)])}
                onChange={(v) => setPlace(i, { ...p, leerweg: v as Placement['leerweg'] })}
              />
              <Select
                label={t('niveau')}
                value={String(p.niveau)}
                options={['2', '3', '4'].map((n) => [n, n])}
                onChange={(v) => {
                  const niveau = Number(v) as Placement['niveau'];
                  setPlace(i, { ...p, niveau, opleidingen: p.opleidingen.filter((o) => OPLEIDINGEN[o].niveau === niveau) });
                }}
              />
              <Checks
                label={t('opleidingen')}
                options={OPLEIDING_IDS.filter((o) => OPLEIDINGEN[o].niveau === p.niveau).map((o) => [o, localize(OPLEIDINGEN[o], lang)])}
                chosen={p.opleidingen}
                onChange={(o) => setPlace(i, { ...p, opleidingen: o as Placement['opleidingen'] })}
              />
              <Checks
                label={t('leerjaren')}
                options={['1', '2', '3', '4'].map((n) => [n, n])}
                chosen={p.leerjaren.map(String)}
                onChange={(y) => setPlace(i, { ...p, leerjaren: y.map(Number).sort() })}
              />
              <NumberField label={t('places')} value={p.places} onChange={(n) => setPlace(i, { ...p, places: n })} />
              <NumberField label={t('free')} value={p.free} onChange={(n) => setPlace(i, { ...p, free: n })} />
              <button type="button" onClick={() => set('placements', { ...value.placements, places: places.filter((_, j) => j !== i) })}>
                {t('remove')}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() =>
              set('placements', {
                ...value.placements,
                places: [...places, { leerweg: 'BOL', niveau: 3, opleidingen: ['verzorgende-ig'], leerjaren: [1], places: 1, free: 1 }],
              })
            }
          >
            {t('addPlacement')}
          </button>
        </>,
      )}
      {block(
        'werkbegeleiders',
        <>
          {people.map((p, i) => (
            <fieldset key={i} className="placement-row">
              <legend>{p.firstName ?? localize(ROLLEN.labels[p.role], lang)}</legend>
              <Select
                label={t('role')}
                value={p.role}
                options={ROLLEN.ids.map((id) => [id, localize(ROLLEN.labels[id], lang)])}
                onChange={(v) => setPerson(i, { ...p, role: v as Person['role'] })}
              />
              <TextField
                label={t('firstName')}
                value={p.firstName ?? ''}
                onChange={(v) => {
                  const { firstName: _old, ...rest } = p;
                  setPerson(i, v.trim() ? { ...rest, firstName: v.trim() } : rest);
                }}
              />
              <Checks
                label={t('leervoorkeuren')}
                options={LEERVOORKEUR_IDS.map((id) => [id, localize(LEERVOORKEUREN[id], lang).split(':')[0]!])}
                chosen={p.leervoorkeuren}
                onChange={(v) => setPerson(i, { ...p, leervoorkeuren: v as Person['leervoorkeuren'] })}
              />
              <button type="button" onClick={() => set('werkbegeleiders', { ...value.werkbegeleiders, people: people.filter((_, j) => j !== i) })}>
                {t('remove')}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() =>
              set('werkbegeleiders', {
                ...value.werkbegeleiders,
                people: [...people, { id: freeId(people.map((x) => x.id)), role: 'werkbegeleider', leervoorkeuren: ['oefenen'] }],
              })
            }
          >
            {t('addWerkbegeleider')}
          </button>
        </>,
      )}
      {block(
        'diensten',
        <Checks
          label={t('block_diensten')}
          options={DIENSTEN.ids.map((id) => [id, localize(DIENSTEN.labels[id], lang)])}
          chosen={value.diensten.shifts}
          onChange={(v) => set('diensten', { ...value.diensten, shifts: v as VolatileDraft['diensten']['shifts'] })}
        />,
      )}
      {block(
        'contact',
        <TextField
          label={t('mailbox')}
          type="email"
          value={value.contact?.mailbox ?? ''}
          onChange={(v) => {
            if (v.trim()) set('contact', { reviewedAt: value.contact?.reviewedAt ?? today(), mailbox: v.trim() });
            else {
              const { contact: _gone, ...rest } = value;
              onChange(rest as VolatileDraft);
            }
          }}
        />,
      )}
      {block(
        'team',
        <>
          <TextArea label={t('news')} value={value.team?.news.nl ?? ''} onChange={(nl) => setNews(value, onChange, nl, value.team?.news.en ?? '')} />
          <TextArea label={t('newsEn')} value={value.team?.news.en ?? ''} onChange={(en) => setNews(value, onChange, value.team?.news.nl ?? '', en)} />
        </>,
      )}
    </div>
  );
}

function setNews(value: VolatileDraft, onChange: (v: VolatileDraft) => void, nl: string, en: string) {
  if (!nl.trim()) {
    const { team: _gone, ...rest } = value;
    onChange(rest as VolatileDraft);
    return;
  }
  onChange({ ...value, team: { reviewedAt: value.team?.reviewedAt ?? today(), news: { nl, ...(en.trim() ? { en } : {}) } } });
}

/** A date for a block that did not exist; the server replaces it with the day of saving. */
const today = () => new Date().toISOString().slice(0, 10);

const freeId = (taken: string[]) => {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`werkbegeleider-${n}`)) return `werkbegeleider-${n}`;
};

/** One volatile block: its name, when and by whom it was last checked (or "too old"), its fields. */
export function BlockBox({ name, age, action, children }: { name: VolatileBlock; age: BlockAgeView | undefined; action?: ReactNode; children: ReactNode }) {
  const { t } = useAdminT();
  return (
    <section className={`volatile-block${age?.stale ? ' stale' : ''}`} data-block={name} aria-labelledby={`block-${name}`}>
      <div className="block-head">
        <h3 id={`block-${name}`}>{t(`block_${name}`)}</h3>
        {age && <CheckedLine age={age} />}
        {action}
      </div>
      {children}
    </section>
  );
}

export function CheckedLine({ age }: { age: BlockAgeView }) {
  const { t, lang } = useAdminT();
  const date = formatDay(age.reviewedAt, lang);
  const who = age.check
    ? age.check.by.kind === 'account'
      ? age.check.by.label
      : age.check.by.kind === 'team-link'
        ? t('checkedByTeam')
        : t('checkedByImport')
    : null;
  return (
    <p className="checked-line">
      {who ? t('lastChecked', { date, who, days: age.ageDays }) : t('lastCheckedUnknown', { date, days: age.ageDays })}{' '}
      <span className={age.stale ? 'badge stale-badge' : 'badge fresh-badge'}>{age.stale ? t('stale') : t('fresh')}</span>
    </p>
  );
}

export function formatDay(isoDate: string, lang: Language): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

function Select({ label, value, options, onChange }: { label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function Checks({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string;
  options: [string, string][];
  chosen: readonly string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <fieldset className="checks">
      <legend>{label}</legend>
      {options.map(([v, l]) => (
        <label key={v} className="check">
          <input type="checkbox" checked={chosen.includes(v)} onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))} />{' '}
          {l}
        </label>
      ))}
    </fieldset>
  );
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={50}
        className="days-input"
        value={value}
        onChange={(e) => onChange(Math.max(0, Math.round(Number(e.target.value) || 0)))}
      />
    </div>
  );
}

export function TextField({ label, value, onChange, type = 'text' }: { label: string; value: string; onChange: (v: string) => void; type?: 'text' | 'email' }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function TextArea({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
