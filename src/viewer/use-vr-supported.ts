import { useEffect, useState } from 'react';

/** Whether this browser can start an immersive VR session (a headset, or an emulator in tests). */
export function useVrSupported(): boolean {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    navigator.xr
      ?.isSessionSupported('immersive-vr')
      .then(setOk)
      .catch(() => setOk(false));
  }, []);
  return ok;
}
