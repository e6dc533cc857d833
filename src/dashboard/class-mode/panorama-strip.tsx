import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { yawPitchToUv } from '../../core/yaw-pitch.ts';
import type { Heatmap } from './use-heatmap.ts';

const VISIBLE_DEG = 200;

/**
 * The scene for the classroom screen: the 360° image as a strip the docent turns by dragging,
 * with the arrow keys or the buttons. Flat (no 3D): on a projector everybody sees the same
 * wide view, and the heatmap cells map straight onto the image.
 */
export function PanoramaStrip({
  src,
  alt,
  heatmap,
  turnLabel,
}: {
  src: string;
  alt: string;
  heatmap: Heatmap | null;
  turnLabel: { left: string; right: string };
}) {
  const [yaw, setYaw] = useState(0);
  const drag = useRef<{ x: number; yaw: number; width: number } | null>(null);
  const turn = (d: number) => setYaw((y) => (((y + d) % 360) + 360) % 360);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, yaw, width: e.currentTarget.clientWidth };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const deg = ((drag.current.x - e.clientX) / drag.current.width) * VISIBLE_DEG;
    setYaw((((drag.current.yaw + deg) % 360) + 360) % 360);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowLeft') turn(-15);
    else if (e.key === 'ArrowRight') turn(15);
    else return;
    e.preventDefault();
  };
  // The image is drawn twice side by side so turning past the seam never shows a gap.
  const uLeft = ((yawPitchToUv(yaw - VISIBLE_DEG / 2, 0).u % 1) + 1) % 1;
  const max = heatmap ? Math.max(1, ...heatmap.bins.map((b) => b.count)) : 1;
  return (
    <figure className="pano-strip">
      <div
        className="pano-viewport"
        role="img"
        aria-label={alt}
        tabIndex={0}
        onKeyDown={onKey}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        style={{ ['--pano-span' as string]: String(360 / VISIBLE_DEG) }}
      >
        <div className="pano-track" style={{ transform: `translate(${-uLeft * 50}%, -50%)` }}>
          {[0, 1].map((copy) => (
            <div key={copy} className="pano-copy">
              <img src={src} alt="" draggable={false} />
              {heatmap && (
                <svg viewBox="0 0 360 180" preserveAspectRatio="none" className="heatmap" aria-hidden="true" data-heat-cells={heatmap.bins.length}>
                  {heatmap.bins.map((b) => {
                    const { u } = yawPitchToUv(b.yawBin * heatmap.binDeg, 0);
                    const { v } = yawPitchToUv(0, (b.pitchBin + 1) * heatmap.binDeg - 90);
                    return (
                      <rect
                        key={`${b.yawBin}-${b.pitchBin}`}
                        x={(u % 1) * 360}
                        y={v * 180}
                        width={heatmap.binDeg}
                        height={heatmap.binDeg}
                        fill="#ff5a1f"
                        fillOpacity={0.15 + 0.6 * (b.count / max)}
                      />
                    );
                  })}
                </svg>
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="row">
        <button type="button" onClick={() => turn(-30)}>
          ◀ {turnLabel.left}
        </button>
        <button type="button" onClick={() => turn(30)}>
          {turnLabel.right} ▶
        </button>
      </div>
    </figure>
  );
}
