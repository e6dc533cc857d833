import { useEffect, useState } from 'react';
import type { FaceRegion, UploadView } from '../../core/api/authoring.ts';
import { ApiRequestError } from '../../facilitator-api/api-client.ts';
import { lookedAt, wrapYaw } from '../../viewer/view-angles.ts';
import { useViewer } from '../../viewer/viewer-context.tsx';
import { useDraft } from '../draft/draft-store.ts';
import { getUpload, saveFaces } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';
import { useFaceReview } from './face-review-store.ts';

/** A box the maker adds where they look: about a face at arm's length. */
const NEW_BOX = { width: 10, height: 12 };
const STEP = 1;

function newRegionId(): string {
  return `m${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The review of the faces (and badges, screens, papers) in the selected scene's photo: every
 * suggestion is accepted or removed, missed ones are added as boxes where the maker looks, moved
 * and sized with buttons (keyboard and screen reader work; the boxes are drawn on the sphere), the
 * blur is shown by making the images again on the server, and "done" confirms the regions.
 */
export function FaceReviewPanel({ upload }: { upload: UploadView }) {
  const { t, lang } = editorStrings.useT();
  const { view } = useViewer();
  const regions = useFaceReview((s) => (s.uploadId === upload.id ? s.regions : null));
  const selectedId = useFaceReview((s) => s.selectedId);
  const dirty = useFaceReview((s) => s.dirty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(upload);

  useEffect(() => {
    setCurrent(upload);
    useFaceReview.getState().load(upload);
  }, [upload]);

  // While the server looks for faces: ask again until the review can start.
  useEffect(() => {
    if (current.status !== 'processing' && current.faces?.status !== 'detecting') return;
    const timer = setInterval(() => {
      getUpload(current.id).then(
        (u) => {
          setCurrent(u);
          if (u.faces?.status !== 'detecting') {
            useFaceReview.getState().saved(u);
            useDraft.getState().setUploads(useDraft.getState().uploads.map((x) => (x.id === u.id ? u : x)));
          }
        },
        () => undefined,
      );
    }, 1500);
    return () => clearInterval(timer);
  }, [current]);

  const faces = current.faces;
  if (!faces || current.status === 'processing' || faces.status === 'detecting') {
    return (
      <section className="face-review" aria-labelledby="faces-title">
        <h2 id="faces-title">{t('facesTitle')}</h2>
        <p role="status">{t('facesDetecting', { percent: Math.round(current.progress * 100) })}</p>
      </section>
    );
  }
  const list = regions ?? faces.regions;
  const editable = faces.status === 'review';
  const open = list.filter((r) => r.status === 'suggested').length;
  const change = (id: string, f: (r: FaceRegion) => FaceRegion) => useFaceReview.getState().setRegions(list.map((r) => (r.id === id ? f(r) : r)));
  const selected = list.find((r) => r.id === selectedId);

  const save = async (confirm: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const u = await saveFaces(current.id, list, confirm);
      setCurrent(u);
      useFaceReview.getState().saved(u);
      useDraft.getState().setUploads(useDraft.getState().uploads.map((x) => (x.id === u.id ? u : x)));
    } catch (e) {
      setError(e instanceof ApiRequestError ? (e.body?.message ?? e.message) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const add = () => {
    const { yaw, pitch } = lookedAt(view.getState());
    const region: FaceRegion = {
      id: newRegionId(),
      yaw: wrapYaw(yaw),
      pitch: Math.max(-84, Math.min(84, pitch)),
      ...NEW_BOX,
      source: 'added',
      score: null,
      status: 'accepted',
    };
    useFaceReview.getState().setRegions([...list, region]);
    useFaceReview.getState().select(region.id);
  };
  const lookAt = (r: FaceRegion) => {
    useFaceReview.getState().select(r.id);
    view.getState().setLook(r.yaw, Math.max(-85, Math.min(85, r.pitch)));
  };
  const move = (dYaw: number, dPitch: number) =>
    selected &&
    change(selected.id, (r) => ({ ...r, yaw: wrapYaw(r.yaw + dYaw), pitch: Math.max(-90 + r.height / 2, Math.min(90 - r.height / 2, r.pitch + dPitch)) }));
  const resize = (factor: number) =>
    selected &&
    change(selected.id, (r) => ({ ...r, width: Math.min(360, Math.max(1, r.width * factor)), height: Math.min(180, Math.max(1, r.height * factor)) }));

  return (
    <section className="face-review" aria-labelledby="faces-title">
      <h2 id="faces-title">{t('facesTitle')}</h2>
      <p>{t('facesIntro')}</p>
      {faces.status === 'confirmed' && <p role="status">{t('facesConfirmed', { who: faces.confirmedBy ?? '' })}</p>}
      {faces.status === 'expired' && <p role="status">{t('facesExpired')}</p>}
      {editable && faces.originalKeptUntil && (
        <p className="hint">{t('facesKeptUntil', { date: new Date(faces.originalKeptUntil).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL') })}</p>
      )}
      {list.length === 0 && <p>{t('facesNone')}</p>}
      <ol className="face-list">
        {list.map((r, i) => (
          <li
            key={r.id}
            data-face-region={r.id}
            data-status={r.status}
            data-box={`${r.yaw},${r.pitch},${r.width},${r.height}`}
            aria-current={r.id === selectedId}
          >
            <span>
              {t('faceItem', { n: i + 1 })} · {t(r.status === 'suggested' ? 'faceSuggested' : r.status === 'accepted' ? 'faceAccepted' : 'faceRemoved')}
              {r.source === 'added' && ` · ${t('faceAdded')}`}
            </span>
            <button type="button" onClick={() => lookAt(r)}>
              {t('faceShow')}
            </button>
            {editable && r.status !== 'accepted' && (
              <button type="button" onClick={() => change(r.id, (x) => ({ ...x, status: 'accepted' }))}>
                {r.status === 'removed' ? t('faceRestore') : t('faceAccept')}
              </button>
            )}
            {editable && r.status !== 'removed' && (
              <button type="button" onClick={() => change(r.id, (x) => ({ ...x, status: 'removed' }))}>
                {t('faceRemove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <div className="face-tools" role="group" aria-label={t('facesTitle')}>
          <button type="button" onClick={add}>
            {t('faceAdd')}
          </button>
          {selected && (
            <>
              <button type="button" onClick={() => move(-STEP, 0)}>
                {t('faceMove', { dir: t('dirLeft') })}
              </button>
              <button type="button" onClick={() => move(STEP, 0)}>
                {t('faceMove', { dir: t('dirRight') })}
              </button>
              <button type="button" onClick={() => move(0, STEP)}>
                {t('faceMove', { dir: t('dirUp') })}
              </button>
              <button type="button" onClick={() => move(0, -STEP)}>
                {t('faceMove', { dir: t('dirDown') })}
              </button>
              <button type="button" onClick={() => resize(1.2)}>
                {t('faceBigger')}
              </button>
              <button type="button" onClick={() => resize(1 / 1.2)}>
                {t('faceSmaller')}
              </button>
            </>
          )}
          {open > 0 && <p role="status">{t('facesOpen', { count: open })}</p>}
          <button type="button" disabled={busy || !dirty} onClick={() => void save(false)}>
            {t('facesSave')}
          </button>
          <button type="button" className="primary" disabled={busy || open > 0} onClick={() => void save(true)}>
            {t('facesConfirm')}
          </button>
          {busy && <p role="status">{t('facesSaving')}</p>}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
