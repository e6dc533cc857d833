import type { SessionMode } from '../core/api/sessions.ts';

/** A simple picture next to each moment's name (never instead of it). */
const PATHS: Record<SessionMode, string> = {
  // A mortarboard: school intake.
  intake: 'M12 3 1 9l11 6 9-4.9V17h2V9L12 3Zm-6 9.2V16c0 1.7 2.7 3.5 6 3.5s6-1.8 6-3.5v-3.8l-6 3.3-6-3.3Z',
  // A briefcase: applying for a job.
  sollicitatie: 'M9 3h6a2 2 0 0 1 2 2v1h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h3V5a2 2 0 0 1 2-2Zm0 3h6V5H9v1Zm-5 4v3h16v-3H4Z',
  // Three people: a class.
  werkveldorientatie:
    'M12 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6ZM5 7a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm14 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM12 12c3.3 0 6 1.8 6 4v3H6v-3c0-2.2 2.7-4 6-4ZM5 13.5c.4 0 .8 0 1.2.1A5 5 0 0 0 4.5 16v3H1v-2.5c0-1.7 1.8-3 4-3Zm14 0c2.2 0 4 1.3 4 3V19h-3.5v-3a5 5 0 0 0-1.7-2.4l1.2-.1Z',
};

export function ModeIcon({ mode }: { mode: SessionMode }) {
  return (
    <svg aria-hidden="true" className="mode-icon" width="2.2em" height="2.2em" viewBox="0 0 24 24" fill="currentColor">
      <path d={PATHS[mode]} />
    </svg>
  );
}
