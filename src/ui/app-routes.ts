/** The top-level addresses of the app's wings (hash routes), spelled in one place for every link. */
export const DASHBOARD_PREFIX = '#/begeleider';
/** The editor: its own lazy chunk, linked from the dashboard. */
export const EDITOR_PREFIX = '#/maken';
