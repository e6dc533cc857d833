import { routeHash, type DashboardRoute } from './dashboard-route.ts';

/** Goes to a dashboard page (a new history entry, so the browser's back button works). */
export function navigate(route: Exclude<DashboardRoute, { page: 'not-found' }>): void {
  location.hash = routeHash(route);
}
