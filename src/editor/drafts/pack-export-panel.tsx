import { useState } from 'react';
import type { DraftSummary } from '../../core/api/authoring.ts';
import { localize } from '../../core/localized-text.ts';
import { useReading } from '../../i18n/language-store.ts';
import { editorStrings } from '../editor-strings.ts';

/** The licences a maker picks from (SPDX ids, see docs/scene-packs.md); the first is the default. */
const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC0-1.0'] as const;

/**
 * Sharing published situations with another organisation: choose them, a licence and who to
 * credit, and download one scene pack (.zip). A plain link to the export route, so the browser
 * streams the file to disk however large it is.
 */
export function PackExportPanel({ drafts }: { drafts: DraftSummary[] }) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const published = drafts.filter((d) => d.published);
  const [chosen, setChosen] = useState<string[]>([]);
  const [licence, setLicence] = useState<string>(LICENCES[0]);
  const [credit, setCredit] = useState('');
  if (published.length === 0) return null;
  const query = new URLSearchParams([...chosen.map((p) => ['path', p]), ['licence', licence]]);
  if (credit.trim()) query.append('credit', credit.trim());
  return (
    <section className="pack-export" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p>{t('exportIntro')}</p>
      <fieldset>
        <legend>{t('exportWhich')}</legend>
        <ul className="draft-list">
          {published.map((d) => (
            <li key={d.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(d.path)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, d.path] : c.filter((p) => p !== d.path)))}
                />
                {t('exportLine', { title: localize(d.title, lang) || t('untitled'), version: d.published!.version })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="field">
        <span>{t('exportLicence')}</span>
        <select value={licence} onChange={(e) => setLicence(e.target.value)}>
          {LICENCES.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('exportCredit')}</span>
        <input value={credit} onChange={(e) => setCredit(e.target.value)} placeholder={t('exportCreditPlaceholder')} maxLength={500} />
      </label>
      {chosen.length === 0 ? (
        <p className="hint">{t('exportChooseFirst')}</p>
      ) : (
        <a className="button big" href={`api/authoring/packs/export?${query.toString()}`} download>
          {t('exportDownload')}
        </a>
      )}
    </section>
  );
}
