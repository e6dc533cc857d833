import { useRef, useState, type DragEvent } from 'react';
import type { UploadView } from '../../core/api/authoring.ts';
import { getUpload, uploadFile } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';

interface Row {
  key: string;
  name: string;
  phase: 'sending' | 'processing' | 'ready' | 'refused' | 'failed';
  progress: number;
  message?: string;
  upload?: UploadView;
}

/** Sends each file on its own, then follows the server's processing until the file is usable. */
async function follow(id: string, onUpdate: (u: UploadView) => void): Promise<UploadView> {
  for (;;) {
    const u = await getUpload(id);
    onUpdate(u);
    if (u.status !== 'processing') return u;
    await new Promise((r) => setTimeout(r, 400));
  }
}

/**
 * Photos and videos in, by drag and drop or the phone's file picker, several at once: every
 * file has its own progress bar (sending, then making the versions for headsets) and, when it
 * cannot be used, the reason in plain words.
 */
export function UploadZone({ onReady }: { onReady: (upload: UploadView) => void }) {
  const { t, lang } = editorStrings.useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const update = (key: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const add = (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      const key = `${file.name}:${file.size}:${Math.random()}`;
      setRows((rs) => [...rs, { key, name: file.name, phase: 'sending', progress: 0 }]);
      void uploadFile(file, (p) => update(key, { progress: p })).then(async (result) => {
        if (!result.ok) {
          update(key, {
            phase: 'refused',
            message: result.problem ? result.problem.message[lang] : result.message === 'network' ? t('offline') : result.message,
          });
          return;
        }
        update(key, { phase: 'processing', progress: result.upload.progress, upload: result.upload });
        try {
          const done = await follow(result.upload.id, (u) => update(key, { progress: u.progress, upload: u }));
          if (done.status === 'ready') {
            update(key, { phase: 'ready', progress: 1 });
            onReady(done);
          } else update(key, { phase: 'failed', message: done.problem?.message[lang] ?? t('uploadFailed') });
        } catch {
          update(key, { phase: 'failed', message: t('uploadFailed') });
        }
      });
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };
  return (
    <section className="upload-zone" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('uploadTitle')}</h2>
      <div
        className={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('uploadIntro')}</p>
        <button type="button" className="big" onClick={() => input.current?.click()}>
          {t('chooseFiles')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.insp,video/mp4,video/webm"
          hidden
          aria-label={t('chooseFiles')}
          onChange={(e) => {
            if (e.target.files) add(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {rows.length > 0 && (
        <ul className="upload-rows" aria-live="polite">
          {rows.map((r) => (
            <li key={r.key} data-phase={r.phase}>
              <span className="name">{r.name}</span>
              {(r.phase === 'sending' || r.phase === 'processing') && (
                <>
                  <progress value={r.progress} max={1} aria-label={`${r.name}: ${r.phase === 'sending' ? t('uploading') : t('processing')}`} />
                  <span>{r.phase === 'sending' ? t('uploading') : t('processing')}</span>
                </>
              )}
              {r.phase === 'ready' && <span className="ok">{t('uploadReady')}</span>}
              {(r.phase === 'refused' || r.phase === 'failed') && (
                <span className="error" role="alert">
                  {r.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
