import type { Problem } from '../../core/checker.ts';
import { useReading } from '../../i18n/language-store.ts';
import { useDraft } from './draft-store.ts';
import { messageAtField } from './problem-text.ts';

/** The checker's problems shown next to the element they are about. */
export function ProblemNotes({ problems, id }: { problems: readonly Problem[]; id?: string }) {
  const lang = useReading((s) => s.lang);
  const scenario = useDraft((s) => s.scenario);
  if (problems.length === 0) return null;
  return (
    <ul className="problem-notes" id={id}>
      {problems.map((p) => (
        <li key={`${p.pointer}:${p.rule}:${p.message.en}`} className={p.severity} data-rule={p.rule}>
          <strong>{p.severity === 'error' ? '!' : 'i'}</strong> {messageAtField(p, scenario, lang)}
          <span className="fix"> {p.fix[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
