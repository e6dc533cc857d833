import { useId } from 'react';
import { localize } from '../core/localized-text.ts';
import type { Catalog } from '../core/scenario-catalog.ts';
import { ZORGCATEGORIE_LABELS, ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';
import { useDashboardT } from './dashboard-strings.ts';
import type { OwnTeam } from './own-teams.ts';

/**
 * The scene pack's scenarios as large checkboxes, grouped by zorgcategorie like the start
 * screen. The whole card is the click target; the checkbox's name is the scenario title.
 */
export function ScenarioPicker({
  catalog,
  selected,
  onChange,
  teamsByScenario,
  ownScenarioPaths,
}: {
  catalog: Catalog;
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  teamsByScenario: ReadonlyMap<string, OwnTeam[]>;
  /** Offered as "only our teams" when not empty (sollicitatie). */
  ownScenarioPaths: string[];
}) {
  const { t, lang } = useDashboardT();
  const baseId = useId();
  const groups = ZORGCATEGORIEEN.map((z) => ({ z, items: catalog.scenarios.filter((s) => s.zorgcategorie === z) })).filter((g) => g.items.length > 0);
  const toggle = (path: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(path);
    else next.delete(path);
    onChange(next);
  };

  return (
    <fieldset className="scenario-picker" aria-describedby={`${baseId}-hint`}>
      <legend>{t('scenariosLegend')}</legend>
      <p id={`${baseId}-hint`} className="hint">
        {t('scenariosHint')}
      </p>
      <div className="row picker-actions">
        <button type="button" onClick={() => onChange(new Set(catalog.scenarios.map((s) => s.path)))}>
          {t('selectAll')}
        </button>
        <button type="button" onClick={() => onChange(new Set())}>
          {t('selectNone')}
        </button>
        {ownScenarioPaths.length > 0 && (
          <button type="button" onClick={() => onChange(new Set(ownScenarioPaths))}>
            {t('selectOwn')}
          </button>
        )}
        <span className="picker-count" role="status">
          {t('selectedCount', { count: selected.size, total: catalog.scenarios.length })}
        </span>
      </div>
      <div className="picker-groups">
        {groups.map(({ z, items }) => (
          <div key={z} className="picker-group" role="group" aria-labelledby={`${baseId}-${z}`}>
            <h2 id={`${baseId}-${z}`}>{localize(ZORGCATEGORIE_LABELS[z], lang)}</h2>
            <ul className="picks">
              {items.map((s) => {
                const id = `${baseId}-${s.path.replace('/', '-')}`;
                const teams = teamsByScenario.get(s.path) ?? [];
                const checked = selected.has(s.path);
                return (
                  <li key={s.path}>
                    <label className={checked ? 'pick checked' : 'pick'} htmlFor={id}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={checked}
                        onChange={(e) => toggle(s.path, e.target.checked)}
                        aria-labelledby={`${id}-title`}
                        aria-describedby={`${id}-meta`}
                      />
                      <span className="pick-text">
                        <span className="pick-title" id={`${id}-title`}>
                          {localize(s.title, lang)}
                        </span>
                        <span className="pick-meta" id={`${id}-meta`}>
                          {s.beroepen.map((b) => localize(b, lang)).join(', ')} · {t('niveau', { levels: s.niveaus.join('/') })}
                          {s.estimatedMinutes ? ` · ${t('minutes', { count: s.estimatedMinutes })}` : ''}
                          {teams.map((team) => (
                            <span key={team.id} className="own-badge">
                              {t('ownTeam', { team: localize(team.team, lang), location: team.location })}
                            </span>
                          ))}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
