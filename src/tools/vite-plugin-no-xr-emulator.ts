import type { Plugin } from 'vite';

const STUB_ID = '\0bbvr-no-xr-emulator';

/**
 * @pmndrs/xr (under @react-three/xr) imports its emulator lazily: a chunk with iwer, its dev UI
 * and five synthetic rooms, several MB that the build would ship although the app creates its
 * XR store with `emulate: false` (browser tests install iwer themselves). The library offers no
 * switch for this (pmndrs/xr issue 475), so that one import resolves to a stub instead.
 */
export function noXrEmulatorPlugin(): Plugin {
  return {
    name: 'bbvr-no-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer && /[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]store\.js$/.test(importer)) return STUB_ID;
      return null;
    },
    load(id) {
      if (id !== STUB_ID) return null;
      return `export function emulate() { throw new Error('The XR emulator is not part of this build (the app uses emulate: false).'); }`;
    },
  };
}
