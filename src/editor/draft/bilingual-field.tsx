import { useId } from 'react';
import type { TextPatch } from '../../core/authoring/text-patch.ts';
import type { Problem } from '../../core/checker.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { ProblemNotes } from './problem-notes.tsx';

/** One text in Dutch and English side by side; every keystroke is an edit (typing merges into one undo step). */
export function BilingualField({
  label,
  value,
  onChange,
  problems = [],
  multiline = false,
}: {
  label: string;
  value: LocalizedText | undefined;
  onChange: (patch: TextPatch) => void;
  problems?: readonly Problem[];
  multiline?: boolean;
}) {
  const id = useId();
  const Input = multiline ? 'textarea' : 'input';
  const errors = problems.length > 0 ? `${id}-problems` : undefined;
  return (
    <fieldset className="bilingual">
      <legend>{label}</legend>
      <label htmlFor={`${id}-nl`} lang="nl">
        NL
      </label>
      <Input
        id={`${id}-nl`}
        lang="nl"
        value={value?.nl ?? ''}
        onChange={(e) => onChange({ nl: e.target.value })}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors}
      />
      <label htmlFor={`${id}-en`} lang="en">
        EN
      </label>
      <Input id={`${id}-en`} lang="en" value={value?.en ?? ''} onChange={(e) => onChange({ en: e.target.value })} />
      <ProblemNotes problems={problems} id={errors} />
    </fieldset>
  );
}
