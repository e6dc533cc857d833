/**
 * XAPI_ACCOUNT_HOMEPAGE from the environment: the `homePage` of the actor account in xAPI
 * statements (export and LRS forwarding), i.e. the system that issues the participation ids.
 * An installation sets its own address, so agents of two installations never coincide in a
 * shared LRS. Undefined when unset (the xAPI base IRI is used).
 */
export function xapiAccountHomePageFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.XAPI_ACCOUNT_HOMEPAGE;
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`XAPI_ACCOUNT_HOMEPAGE must be an absolute URL such as https://vr.roc-noord.nl/, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`XAPI_ACCOUNT_HOMEPAGE must be http(s), not ${url.protocol}`);
  return value;
}
