import { useState } from 'react';
import { Icon } from '../ui/icon.tsx';
import { enableDeviceOrientation } from './flat-look.tsx';
import { useViewer } from './viewer-context.tsx';
import { viewerStrings } from './viewer-strings.ts';

/** On touch devices: look around by moving the phone (asks permission on iOS). */
export function MotionButton() {
  const { t } = viewerStrings.useT();
  const viewer = useViewer();
  const [motion, setMotion] = useState<'off' | 'on' | 'denied'>('off');
  const touch = typeof window !== 'undefined' && 'ontouchstart' in window;
  if (!touch) return null;
  if (motion === 'denied') return <p className="notice">{t('motionDenied')}</p>;
  if (motion === 'on') return null;
  return (
    <button type="button" onClick={() => void enableDeviceOrientation(viewer).then((ok) => setMotion(ok ? 'on' : 'denied'))}>
      <Icon name="phone" />
      {t('useMotion')}
    </button>
  );
}
