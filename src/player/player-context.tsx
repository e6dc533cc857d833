import { createContext, useContext } from 'react';
import type { PlayerActions } from './player-actions.ts';

export const PlayerActionsContext = createContext<PlayerActions | null>(null);

/** The actions of the player this component is part of. */
export function usePlayerActions(): PlayerActions {
  const actions = useContext(PlayerActionsContext);
  if (!actions) throw new Error('usePlayerActions outside the player');
  return actions;
}
