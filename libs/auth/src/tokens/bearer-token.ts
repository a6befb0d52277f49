export type BearerToken =
  | { readonly kind: 'absent' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'present'; readonly token: string };

/** Larger than any real access token; refusing early keeps junk out of the JWT parser. */
const MAX_TOKEN_LENGTH = 16 * 1024;

/** A compact JWS: three base64url parts (RFC 7515 §7.1). Anything else is not worth verifying. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Reads the RFC 6750 bearer token from an Authorization header. Other schemes count as no token:
 * the caller then gets the plain "Bearer" challenge telling it what we accept.
 */
export function bearerTokenFrom(header: string | string[] | undefined): BearerToken {
  if (header === undefined || Array.isArray(header)) return header ? { kind: 'malformed' } : { kind: 'absent' };
  const match = /^\s*bearer(?:\s+(\S*))?\s*$/i.exec(header);
  if (!match) return /^\s*$/.test(header) ? { kind: 'absent' } : schemeOrMalformed(header);
  const token = match[1] ?? '';
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) return { kind: 'malformed' };
  return { kind: 'present', token };
}

function schemeOrMalformed(header: string): BearerToken {
  // "Bearer a b" is a malformed bearer header; "Basic xyz" is simply not a bearer token.
  return /^\s*bearer\s/i.test(header) ? { kind: 'malformed' } : { kind: 'absent' };
}
