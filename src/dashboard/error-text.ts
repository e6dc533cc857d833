import { ApiRequestError, NetworkError } from '../facilitator-api/api-client.ts';
import type { DashboardT } from './dashboard-strings.ts';

/** A sentence a facilitator can act on, for any failed request. */
export function errorText(error: unknown, t: DashboardT): string {
  if (error instanceof NetworkError) return t('errorOffline');
  if (error instanceof ApiRequestError) {
    const detail = error.body?.issues?.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ') || error.body?.message || `HTTP ${error.status}`;
    switch (error.status) {
      case 401:
        return t('loginExpired');
      case 403:
        return t('errorForbidden');
      case 404:
        return t('errorNotFound');
      case 429:
        return t('errorRateLimited', { seconds: error.retryAfterSeconds ?? 60 });
      case 400:
      case 409:
      case 422:
        return t('errorInput', { detail });
      default:
        return error.status >= 500 ? t('errorServer') : t('errorOther', { detail });
    }
  }
  return t('errorOther', { detail: error instanceof Error ? error.message : String(error) });
}
