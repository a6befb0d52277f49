/** Where the web front's own pages live: never under the service's other roots. */
const NOT_PAGES = /^\/(api|auth|oidc|health)(\/|$)/;

/**
 * The page to come back to after signing in, if it is a path on our own origin; otherwise the
 * start page. Anything else would make the sign-in an open redirect (`//evil.example`, `/\evil`,
 * `https://...`).
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1000) return '/';
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(value)) return '/';
  return NOT_PAGES.test(value) ? '/' : value;
}
