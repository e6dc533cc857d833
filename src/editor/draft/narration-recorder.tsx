import { useEffect, useRef, useState } from 'react';
import { setNarrationAudio } from '../../core/authoring/node-operations.ts';
import type { Language } from '../../core/localized-text.ts';
import type { ScenarioNode } from '../../core/scenario-schema.ts';
import { draftMediaUrl, getUpload, uploadFile } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';
import { useDraft } from './draft-store.ts';

type Phase = { kind: 'idle' } | { kind: 'recording'; since: number } | { kind: 'sending'; progress: number } | { kind: 'failed'; message: string };

/** Waits until the server has made the upload usable; its media path, or null when processing failed. */
async function whenReady(id: string): Promise<string | null> {
  for (;;) {
    const u = await getUpload(id);
    if (u.status === 'ready') return u.media?.src ?? null;
    if (u.status === 'failed') return null;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Narration with a voice: record it with the microphone (the caption text is the script) or
 * upload a sound file, per language. The player plays it with the captions.
 */
export function NarrationRecorder({ node }: { node: ScenarioNode }) {
  const { t } = editorStrings.useT();
  const [lang, setLang] = useState<Language>('nl');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const canRecord = typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
  const audio = node.narration?.audio?.[lang];
  useEffect(() => () => recorder.current?.stream.getTracks().forEach((tr) => tr.stop()), []);

  const send = async (file: File) => {
    setPhase({ kind: 'sending', progress: 0 });
    const result = await uploadFile(file, (progress) => setPhase({ kind: 'sending', progress }), { purpose: 'narration' });
    if (!result.ok) return setPhase({ kind: 'failed', message: result.problem ? result.problem.message[lang] : result.message });
    const path = await whenReady(result.upload.id);
    if (!path) return setPhase({ kind: 'failed', message: t('uploadFailed') });
    const draft = useDraft.getState();
    draft.apply(setNarrationAudio(draft.scenario!, { nodeId: node.id, language: lang, path }));
    setPhase({ kind: 'idle' });
  };
  const start = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const r = new MediaRecorder(stream);
      const chunks: Blob[] = [];
      r.ondataavailable = (e) => chunks.push(e.data);
      r.onstop = () => {
        stream.getTracks().forEach((tr) => tr.stop());
        const type = r.mimeType || 'audio/webm';
        void send(new File(chunks, `inspreken-${node.id}-${lang}.${type.includes('mp4') ? 'm4a' : 'webm'}`, { type }));
      };
      recorder.current = r;
      r.start();
      setPhase({ kind: 'recording', since: Date.now() });
    } catch {
      setPhase({ kind: 'failed', message: t('micDenied') });
    }
  };
  return (
    <fieldset className="narration-audio">
      <legend>{t('narrationAudio')}</legend>
      <label className="field">
        <span>{t('language')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      {audio && <audio controls src={draftMediaUrl(audio)} aria-label={t('narrationAudio')} />}
      {phase.kind === 'recording' ? (
        <button type="button" className="primary" onClick={() => recorder.current?.stop()}>
          {t('stopRecording')}
        </button>
      ) : (
        canRecord && (
          <button type="button" onClick={() => void start()} disabled={phase.kind === 'sending'}>
            {t('record')}
          </button>
        )
      )}
      <label className="field">
        <span>{t('uploadAudio')}</span>
        <input type="file" accept="audio/*" onChange={(e) => e.target.files?.[0] && void send(e.target.files[0])} disabled={phase.kind === 'sending'} />
      </label>
      {phase.kind === 'sending' && <progress value={phase.progress} max={1} aria-label={t('uploading')} />}
      {phase.kind === 'failed' && (
        <p role="alert" className="error">
          {phase.message}
        </p>
      )}
    </fieldset>
  );
}
