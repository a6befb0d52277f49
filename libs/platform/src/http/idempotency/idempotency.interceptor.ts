import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { defer, firstValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { problem } from '../problem.exception';
import { readIdempotencyKey } from './idempotency-key';
import { IdempotencyKeys, type StoredKey } from './idempotency-keys.store';

export { IDEMPOTENCY_HEADER } from './idempotency-key';
/** A keyed digest (HMAC) provided by the application: see constructor. */
export const REQUEST_FINGERPRINT = Symbol('REQUEST_FINGERPRINT');
export type RequestFingerprint = (request: string) => string;
/** How long a request waits for a concurrent one with the same key before it is told to come back. */
const WAIT_MS = 15_000;

interface IdempotentRequest {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  principal?: { practitionerId: string };
}

interface IdempotentResponse {
  status(code: number): unknown;
  setHeader(name: string, value: string): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` on a write. The first request reserves the key before it runs; concurrent
 * requests with the key wait for its answer (or get 409 `idempotency-key-in-flight` after
 * {@link WAIT_MS}); a request with another body is refused (422) whenever it comes; an identical
 * retry gets the first answer again (with `Idempotency-Replayed: true`) and writes nothing. A request
 * that fails frees its key, so that a retry runs it again. Keys are per caller and route, and are
 * stored only as keyed hashes; only status and body are kept, and write answers carry ids only.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly keys: IdempotencyKeys;

  constructor(
    dataSource: DataSource,
    // Keyed, because a plain hash of a key or a body that is only a national id could be reversed by trying every number.
    @Inject(REQUEST_FINGERPRINT) private readonly fingerprint: RequestFingerprint,
  ) {
    this.keys = new IdempotencyKeys(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    if (request.method === 'GET') return next.handle();
    const key = readIdempotencyKey(request.headers);
    if (key === undefined) return next.handle();
    const scope = `${request.principal?.practitionerId ?? 'anonymous'} ${request.method} ${request.originalUrl.split('?')[0]}`;
    const keyHash = this.fingerprint(JSON.stringify(['idempotency-key', scope, key]));
    const requestHash = this.fingerprint(JSON.stringify([request.originalUrl, request.body ?? null]));
    const response = context.switchToHttp().getResponse<IdempotentResponse>();
    // Nest writes the status after the interceptors, so take it from the route as Nest will.
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? (request.method === 'POST' ? 201 : 200);
    return defer(() => this.once(keyHash, requestHash, status, response, () => firstValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async once(keyHash: string, requestHash: string, status: number, response: IdempotentResponse, run: () => Promise<unknown>): Promise<unknown> {
    const deadline = Date.now() + WAIT_MS;
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      if (await this.keys.reserve(keyHash, requestHash)) return this.runReserved(keyHash, status, run);
      const stored = await this.keys.find(keyHash);
      if (stored && stored.requestHash !== requestHash) {
        throw problem(422, 'idempotency-key-reused', 'Kan ikke behandles', 'Denne Idempotency-Key er allerede brukt til en annen forespørsel.');
      }
      if (stored?.state === 'done') return replay(stored, response);
      if (Date.now() >= deadline) {
        throw problem(409, 'idempotency-key-in-flight', 'Konflikt', 'En forespørsel med samme Idempotency-Key behandles fortsatt. Prøv igjen om litt.');
      }
      // In flight (or freed a moment ago): wait, then look again.
      await sleep(pause);
    }
  }

  private async runReserved(keyHash: string, status: number, run: () => Promise<unknown>): Promise<unknown> {
    let body: unknown;
    try {
      body = await run();
    } catch (error) {
      await this.keys.release(keyHash).catch(() => undefined);
      throw error;
    }
    await this.keys.answer(keyHash, status, body);
    return body;
  }
}

function replay(stored: StoredKey, response: IdempotentResponse): unknown {
  response.status(stored.status ?? 200);
  response.setHeader('Idempotency-Replayed', 'true');
  return stored.body;
}
