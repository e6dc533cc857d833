import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page opens (a route change), so keyboard and
 * screen-reader users start at the top of the new page instead of on a link that is gone, and
 * it names the browser tab.
 */
export function PageHeading({ children, title, focus = true }: { children: ReactNode; title: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  useEffect(() => {
    document.title = `${title} · Beroepsbeeld VR`;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
