import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasUnstorableCharacters } from '@stafett/kernel';
import { problem, type FieldProblem } from '../problem.exception';
import { renderProblem } from '../render-problem';
import { fieldName, joinPath } from './messages';

/** Deeper than any request of the API (a consent's nested exceptions reach about 10). */
export const MAX_JSON_DEPTH = 32;
/** Keys that would reach an object's prototype, or that class-transformer drops without a word. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What is wrong with a parsed request body (or query) as a whole, before anything transforms it:
 * nesting deeper than {@link MAX_JSON_DEPTH} (class-transformer recurses and overflows the stack),
 * prototype keys, and NUL or half a surrogate pair in any key or string (jsonb refuses them). Each
 * problem names the field; nothing the client sent is quoted, and a key that does not look like a
 * field name is not echoed either.
 */
export function requestValueProblems(value: unknown, base = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (node: unknown, segments: string[], depth: number): void => {
    if (problems.length >= 20) return;
    if (typeof node === 'string') {
      if (hasUnstorableCharacters(node)) {
        const field = joinPath(base, segments);
        problems.push({ field, message: `${fieldName(field)} inneholder NUL eller ufullstendige tegn, som ikke kan lagres.` });
      }
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    if (depth >= MAX_JSON_DEPTH) {
      const field = joinPath(base, segments);
      problems.push({ field, message: `${fieldName(field)} er nestet for dypt: høyst ${MAX_JSON_DEPTH} nivåer er tillatt.` });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...segments, String(index)], depth + 1));
      return;
    }
    for (const key of Object.keys(node)) {
      const field = joinPath(base, [...segments, key]);
      if (PROTOTYPE_KEYS.has(key)) problems.push({ field, message: `${fieldName(field)} er ikke et tillatt feltnavn.` });
      else if (hasUnstorableCharacters(key)) problems.push({ field: joinPath(base, segments), message: `Et feltnavn i ${fieldName(joinPath(base, segments))} inneholder NUL eller ufullstendige tegn.` });
      else visit((node as Record<string, unknown>)[key], [...segments, key], depth + 1);
    }
  };
  visit(value, [], 0);
  return problems;
}

interface GuardedRequest extends IncomingMessage {
  body?: unknown;
  query?: unknown;
  originalUrl?: string;
}

/**
 * Express middleware, right after the body parsers: refuses (400 problem+json) a write's body or any
 * query that {@link requestValueProblems} finds fault with, a JSON body that is not an object (every
 * route takes an object), and a path with an encoded NUL.
 */
export function requestGuard(request: GuardedRequest, response: ServerResponse, next: (error?: unknown) => void): void {
  const problems: FieldProblem[] = [];
  if (/%00/i.test(request.originalUrl ?? request.url ?? '')) problems.push({ field: '(adresse)', message: 'Adressen inneholder NUL, som ikke er tillatt.' });
  problems.push(...requestValueProblems(request.query, 'query'));
  // A GET's body has no meaning (RFC 9110) and no route reads one: it is ignored, not judged.
  if (request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
    if (Array.isArray(request.body)) problems.push({ field: '', message: 'Innholdet må være et JSON-objekt, ikke en liste.' });
    else problems.push(...requestValueProblems(request.body));
  }
  if (problems.length === 0) return next();
  renderProblem(problem(400, 'invalid-request', 'Ugyldig forespørsel', 'Ett eller flere felt er ugyldige.', problems), request, response);
}
