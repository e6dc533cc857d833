import type { Problem } from '../../core/checker.ts';
import { useReading } from '../../i18n/language-store.ts';

/** The checker's problems shown next to the element they are about. */
export function ProblemNotes({ problems, id }: { problems: readonly Problem[]; id?: string }) {
  const lang = useReading((s) => s.lang);
  if (problems.length === 0) return null;
  return (
    <ul className="problem-notes" id={id}>
      {problems.map((p) => (
        <li key={`${p.pointer}:${p.rule}:${p.message.en}`} className={p.severity} data-rule={p.rule}>
          <strong>{p.severity === 'error' ? '!' : 'i'}</strong> {p.message[lang]}
          <span className="fix"> {p.fix[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
