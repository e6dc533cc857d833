import { useThree } from '@react-three/fiber';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { TextureCache } from './texture-cache.ts';

const Ctx = createContext<TextureCache | null>(null);

/** One texture cache per renderer, shared by the panorama and the preloader. */
export function PanoramaTexturesProvider({ children, capacity = 8 }: { children: ReactNode; capacity?: number }) {
  const gl = useThree((s) => s.gl);
  const cache = useMemo(() => new TextureCache(gl, capacity), [gl, capacity]);
  useEffect(() => {
    (window as unknown as { __bbvrTextures?: TextureCache }).__bbvrTextures = cache; // benchmarks read stats
    return () => cache.dispose();
  }, [cache]);
  return <Ctx.Provider value={cache}>{children}</Ctx.Provider>;
}

export function useTextureCache(): TextureCache {
  const c = useContext(Ctx);
  if (!c) throw new Error('useTextureCache outside PanoramaTexturesProvider');
  return c;
}
