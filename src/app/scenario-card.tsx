import type { ReactNode } from 'react';
import { appStrings } from './app-strings.ts';
import type { Language } from '../core/localized-text.ts';
import { localize } from '../core/localized-text.ts';
import type { CatalogEntry } from '../core/scenario-catalog.ts';

/** One scenario to choose: its preview, title, a line about it and a big start link. */
export function ScenarioCard({ entry, lang, heading: Heading, meta }: { entry: CatalogEntry; lang: Language; heading: 'h2' | 'h4'; meta: ReactNode }) {
  const { t } = appStrings.useT();
  return (
    <li className="card">
      <img src={`${import.meta.env.BASE_URL}scenes/${entry.path}/${entry.thumbnail}`} alt="" width={256} height={128} />
      <Heading>{localize(entry.title, lang)}</Heading>
      <p>{localize(entry.description, lang)}</p>
      <p className="meta">{meta}</p>
      <a className="button big" href={`#/play/${entry.path}`} aria-label={`${t('start')}: ${localize(entry.title, lang)}`}>
        <span aria-hidden="true">▶ </span>
        {t('start')}
      </a>
    </li>
  );
}
