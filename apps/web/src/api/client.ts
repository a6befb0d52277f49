import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

/** The response and request shapes of the API, generated from its description (`npm run api:client`). */
export type Schemas = components['schemas'];

let csrfToken: string | undefined;

/** The session's CSRF token (from `/auth/session`), sent with every write the session cookie authenticates. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const sendCsrfToken: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/**
 * The API client: same origin, the session cookie sent by the browser (HttpOnly: this code never
 * sees it, nor any token). Paths, parameters and answers are typed from the API description.
 */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(sendCsrfToken);
