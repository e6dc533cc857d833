import { useEffect, useRef } from 'react';

/**
 * Plays a node's spoken narration (or an info hotspot's audio) while its captions show. A DOM
 * element, so it also plays in a headset session. If the browser blocks autoplay (no tap yet)
 * the captions still carry the text.
 */
export function NarrationAudio({ src, paused, playKey }: { src: string | null; paused: boolean; playKey: string }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const a = ref.current;
    if (!a || !src) return;
    a.currentTime = 0;
    if (!paused) void a.play().catch(() => undefined);
    // Restart for every new node or card, even with the same file (`playKey`).
  }, [src, playKey]);
  useEffect(() => {
    const a = ref.current;
    if (!a || !src) return;
    if (paused) a.pause();
    else if (a.currentTime > 0 && !a.ended) void a.play().catch(() => undefined);
  }, [paused, src]);
  if (!src) return null;
  return <audio ref={ref} src={src} preload="auto" data-narration="" />;
}
