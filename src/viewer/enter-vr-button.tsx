import { useState } from 'react';
import { Icon } from '../ui/icon.tsx';
import { useVrSupported } from './use-vr-supported.ts';
import { useInXR, useViewer, useViewState } from './viewer-context.tsx';
import { viewerStrings } from './viewer-strings.ts';

/**
 * "Start in VR-bril": shown only when a headset can be used and the canvas is attached to
 * WebXR, with a plain reason when entering fails.
 */
export function EnterVrButton() {
  const { t } = viewerStrings.useT();
  const { xr } = useViewer();
  const supported = useVrSupported();
  const canvasReady = useViewState((s) => s.canvasReady);
  const inXR = useInXR();
  const [error, setError] = useState<string | null>(null);
  if (!supported || !canvasReady || inXR) return error ? <ErrorNote text={error} /> : null;
  return (
    <>
      <button
        type="button"
        className="vr"
        onClick={() => {
          setError(null);
          xr.enterVR().then(
            (session) => !session && setError(t('vrFailed')),
            (e: Error) => {
              console.error('enterVR failed', e);
              setError(`${t('vrFailed')} (${e.message})`);
            },
          );
        }}
      >
        <Icon name="headset" />
        {t('enterVr')}
      </button>
      {error && <ErrorNote text={error} />}
    </>
  );
}

function ErrorNote({ text }: { text: string }) {
  return (
    <p className="notice" role="alert">
      {text}
    </p>
  );
}
