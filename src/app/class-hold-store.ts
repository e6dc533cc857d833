import { create } from 'zustand';

/**
 * What the docent imposes in class mode, for the player to show: a blanked screen ("look at
 * me") and a short prompt. Kept apart from the candidate's own pause.
 */
interface ClassHold {
  blank: boolean;
  prompt: string | null;
  set(hold: { blank: boolean; prompt: string | null }): void;
}

export const useClassHold = create<ClassHold>((set) => ({
  blank: false,
  prompt: null,
  set: (hold) => set(hold),
}));
