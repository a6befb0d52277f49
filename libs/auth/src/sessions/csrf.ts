import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ProblemException } from '@stafett/platform';

/** The header the web front sends its session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 403: a write with the session cookie but without proof that our own page sent it. */
export class CsrfProblem extends ProblemException {
  constructor(reason: string) {
    super(
      {
        type: 'urn:stafett:problem:csrf',
        title: 'Ingen tilgang',
        status: 403,
        detail: 'Forespørselen kunne ikke bekreftes som sendt fra Stafett. Last siden på nytt og prøv igjen.',
      },
      {},
      reason,
    );
  }
}

/**
 * A cookie travels with every request the browser makes, whoever's page asks for it. A write
 * made with the session cookie therefore also needs the session's token in a header, which only
 * a page of our own origin can read (from `/auth/session`) and set; and when the browser says where
 * the request came from (Fetch Metadata), it must be our own origin.
 */
export function assertSameOriginWrite(method: string | undefined, headers: IncomingHttpHeaders, csrfToken: string): void {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw new CsrfProblem(`write from sec-fetch-site ${String(site)}`);
  const sent = headers[CSRF_HEADER];
  if (typeof sent !== 'string') throw new CsrfProblem('write without CSRF token');
  const expected = Buffer.from(csrfToken);
  const actual = Buffer.from(sent);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new CsrfProblem('write with a wrong CSRF token');
}
