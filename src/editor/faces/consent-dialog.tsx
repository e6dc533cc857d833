import { useEffect, useRef, useState } from 'react';
import type { ConsentChoice } from '../../core/api/authoring.ts';
import { filesNeedingConsent } from '../../core/consent-files.ts';
import { useDraft } from '../draft/draft-store.ts';
import { editorStrings } from '../editor-strings.ts';
import { uploadOfMedia } from './face-review-store.ts';

/**
 * Before publishing: per photo, the maker confirms that the people shown consented or that they
 * are blurred ("blurred" only once the photo's faces were checked and confirmed). The server
 * stores who and when with the version, and refuses to publish without. A native modal
 * <dialog>: focus stays inside, Escape cancels, and focus goes back to "Publiceren" after.
 */
export function ConsentDialog({ onPublish, onCancel }: { onPublish: (consents: ConsentChoice[]) => void; onCancel: () => void }) {
  const { t } = editorStrings.useT();
  const scenario = useDraft((s) => s.scenario);
  const uploads = useDraft((s) => s.uploads);
  const files = scenario ? filesNeedingConsent(scenario) : [];
  const [choices, setChoices] = useState<Record<string, ConsentChoice['kind']>>({});
  const complete = files.every((f) => choices[f]);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="consent-title"
      className="consent-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="consent-title">{t('consentTitle')}</h2>
      <p>{t('consentIntro')}</p>
      {files.map((file, i) => {
        const upload = uploadOfMedia(uploads, file);
        const canBlur = upload?.faces?.status === 'confirmed';
        return (
          <fieldset key={file} data-consent-file={file}>
            <legend>
              {upload?.fileName ?? file} ({i + 1}/{files.length})
            </legend>
            <label>
              <input type="radio" name={`consent-${i}`} checked={choices[file] === 'consent'} onChange={() => setChoices({ ...choices, [file]: 'consent' })} />
              {t('consentGiven')}
            </label>
            <label>
              <input
                type="radio"
                name={`consent-${i}`}
                disabled={!canBlur}
                checked={choices[file] === 'blurred'}
                onChange={() => setChoices({ ...choices, [file]: 'blurred' })}
              />
              {t('consentBlurred')}
              {!canBlur && <span className="hint"> ({t('consentBlurredNotReady')})</span>}
            </label>
          </fieldset>
        );
      })}
      <button type="button" className="primary" disabled={!complete} onClick={() => onPublish(files.map((file) => ({ file, kind: choices[file]! })))}>
        {t('consentPublish')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </dialog>
  );
}
