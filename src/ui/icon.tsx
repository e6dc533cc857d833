import { ICON_PATHS, type IconName } from './icon-paths.ts';

/** An icon next to a text (hidden from screen readers: the text says it). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg aria-hidden="true" width="1.2em" height="1.2em" viewBox="0 0 24 24" fill="currentColor" style={{ flex: 'none' }}>
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}
