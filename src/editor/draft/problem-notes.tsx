import type { Problem } from '../../core/checker.ts';

/** The checker's problems shown next to the element they are about. */
export function ProblemNotes({ problems, id }: { problems: readonly Problem[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problem-notes" id={id}>
      {problems.map((p) => (
        <li key={`${p.pointer}:${p.rule}:${p.message}`} className={p.severity} data-rule={p.rule}>
          <strong>{p.severity === 'error' ? '!' : 'i'}</strong> {p.message}
          <span className="fix"> {p.fix}</span>
        </li>
      ))}
    </ul>
  );
}
