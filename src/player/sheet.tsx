import { useState, type ReactNode } from 'react';
import { Icon } from '../ui/icon.tsx';
import { playerStrings } from './player-strings.ts';

/**
 * A panel (question, info, feedback, ending) as a sheet at the bottom that the candidate can
 * lower to look around the scene, and raise again. It opens raised for every new panel.
 */
export function Sheet({ title, children }: { title: string; children: ReactNode }) {
  const { t } = playerStrings.useT();
  const [lowered, setLowered] = useState(false);
  return (
    <div className={`sheet ${lowered ? 'lowered' : ''}`} data-sheet={lowered ? 'lowered' : 'raised'}>
      <button type="button" className="sheet-handle" aria-expanded={!lowered} onClick={() => setLowered(!lowered)}>
        <Icon name={lowered ? 'raise' : 'lower'} />
        {lowered ? (
          <>
            <span className="sheet-title">{title}</span>
            <span className="sr-only"> — </span>
            <span className="sheet-action">{t('sheetRaise')}</span>
          </>
        ) : (
          t('sheetLower')
        )}
      </button>
      {!lowered && children}
    </div>
  );
}
