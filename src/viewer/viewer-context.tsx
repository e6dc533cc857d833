import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { attachViewerStore, createViewerStore, type ViewerStore, type ViewState } from './viewer-store.ts';

const Ctx = createContext<ViewerStore | null>(null);

/** Binds one viewer store to the canvas and to the DOM controls around it. */
export function ViewerProvider({ store, children }: { store: ViewerStore; children: ReactNode }) {
  useEffect(() => attachViewerStore(store), [store]);
  return <Ctx.Provider value={store}>{children}</Ctx.Provider>;
}

export function useViewer(): ViewerStore {
  const store = useContext(Ctx);
  if (!store) throw new Error('useViewer outside ViewerProvider');
  return store;
}

/** A slice of the view state that re-renders the component when it changes. */
export function useViewState<T>(selector: (s: ViewState) => T): T {
  return useStore(useViewer().view, selector);
}

/** Whether this viewer's canvas is in a headset session now. */
export function useInXR(): boolean {
  return useStore(useViewer().xr, (s) => s.session != null);
}

/** A viewer store for as long as the calling component is mounted. */
export function useNewViewerStore(): ViewerStore {
  const [store] = useState(() => createViewerStore());
  return store;
}
