import { Canvas, useFrame } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { useEffect, type ReactNode } from 'react';
import { FlatLook } from './flat-look.tsx';
import { HeadTracker } from './head-tracker.tsx';
import { PanoramaTexturesProvider } from './panorama-textures.tsx';
import { useInXR, useViewer } from './viewer-context.tsx';

/** Marks the canvas ready after its first frame, when the XR store is attached to three. */
function ReadySignal() {
  const { view } = useViewer();
  useFrame(() => {
    if (!view.getState().canvasReady) view.setState({ canvasReady: true });
  });
  useEffect(() => () => view.setState({ canvasReady: false }), [view]);
  return null;
}

/**
 * The 360° stage: one WebGL canvas with XR, a texture cache, look input (drag, keys, phone
 * motion, headset) and head tracking. What is shown on it (panorama, markers, panels) is the
 * caller's `children`. Needs a `ViewerProvider` above it.
 */
export function ViewerCanvas({ children, textureCapacity = 12 }: { children: ReactNode; textureCapacity?: number }) {
  const viewer = useViewer();
  const inXR = useInXR();
  return (
    <Canvas
      // Without a headset, draw only when something changes (look, fade, video frame): phones
      // keep their battery and the page stays responsive. A headset session draws every frame.
      frameloop={inXR ? 'always' : 'demand'}
      camera={{ fov: 75, near: 0.05, far: 200, position: [0, 0, 0] }}
      gl={{ antialias: false, powerPreference: 'high-performance' }}
      onCreated={({ gl, scene }) => {
        // Seated use: the `local` space puts the origin at the head, the panorama's centre.
        gl.xr.setReferenceSpaceType('local');
        // Reading each new shader's log waits for its compilation on the main thread (a long
        // task in a transition that brings a new kind of panel); only worth it while developing.
        gl.debug.checkShaderErrors = import.meta.env.DEV;
        // Exposed for the benchmark and for debugging in the browser console.
        Object.assign(window, { __bbvrRenderer: gl, __bbvrScene: scene });
      }}
      aria-hidden="true"
    >
      <XR store={viewer.xr}>
        {/* Light only for controller and hand models; the panorama is unlit. */}
        <ambientLight intensity={1.2} />
        <directionalLight position={[1, 2, 1]} intensity={1.5} />
        <HeadTracker />
        <FlatLook />
        <PanoramaTexturesProvider capacity={textureCapacity}>{children}</PanoramaTexturesProvider>
        <ReadySignal />
      </XR>
    </Canvas>
  );
}
