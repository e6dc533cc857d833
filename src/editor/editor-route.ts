import { EDITOR_PREFIX } from '../ui/app-routes.ts';

export { EDITOR_PREFIX };

export type EditorRoute = { page: 'drafts' } | { page: 'draft'; draftId: string } | { page: 'not-found' };

export function isEditorHash(hash: string): boolean {
  return hash === EDITOR_PREFIX || hash.startsWith(`${EDITOR_PREFIX}/`);
}

export function editorRouteHash(route: Exclude<EditorRoute, { page: 'not-found' }>): string {
  return route.page === 'drafts' ? EDITOR_PREFIX : `${EDITOR_PREFIX}/${encodeURIComponent(route.draftId)}`;
}

export function parseEditorHash(hash: string): EditorRoute {
  if (hash === EDITOR_PREFIX || hash === `${EDITOR_PREFIX}/`) return { page: 'drafts' };
  const m = /^#\/maken\/([a-z0-9]{8,40})$/.exec(hash);
  return m ? { page: 'draft', draftId: m[1]! } : { page: 'not-found' };
}
