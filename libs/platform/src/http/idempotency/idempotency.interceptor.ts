import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, of, switchMap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { problem } from '../problem.exception';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A keyed digest (HMAC) of the request, provided by the application: see constructor. */
export const REQUEST_FINGERPRINT = Symbol('REQUEST_FINGERPRINT');
export type RequestFingerprint = (request: string) => string;
/** How long a key is remembered; a client retries within minutes, not days. */
const RETENTION_HOURS = 24;
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{1,200}$/;

interface IdempotentRequest {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  principal?: { practitionerId: string };
}

interface StoredResponse {
  request_hash: string;
  status: number;
  body: unknown;
}

/**
 * `Idempotency-Key` on a write: the first request runs and its answer is kept; a retry with the same
 * key and the same request gets that answer again and writes nothing; the same key with another
 * request is refused (422). Keys are per caller. Concurrent first attempts both run, and the
 * handlers derive their event ids from the key, so the event store appends only one of them.
 * Only status and body are kept, and write answers carry ids, never personal data.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    // Keyed, because a plain hash of a body that is only a national id could be reversed by trying every number.
    @Inject(REQUEST_FINGERPRINT) private readonly fingerprint: RequestFingerprint,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (request.method === 'GET' || header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_FORMAT.test(key)) {
      throw problem(400, 'invalid-idempotency-key', 'Ugyldig forespørsel', 'Idempotency-Key må være 1-200 tegn: bokstaver, tall og - _ . :', [
        { field: 'Idempotency-Key', message: 'must be 1-200 characters of A-Z a-z 0-9 - _ . :' },
      ]);
    }
    const scope = `${request.principal?.practitionerId ?? 'anonymous'} ${request.method} ${request.originalUrl.split('?')[0]}`;
    const requestHash = this.fingerprint(JSON.stringify([request.originalUrl, request.body ?? null]));
    const response = context.switchToHttp().getResponse<{ status(code: number): unknown; setHeader(n: string, v: string): void }>();

    // Nest writes the status after the interceptors, so take it from the route as Nest will.
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? (request.method === 'POST' ? 201 : 200);

    return from(this.find(scope, key)).pipe(
      switchMap((stored) => {
        if (!stored) return next.handle().pipe(switchMap((body) => from(this.remember(scope, key, requestHash, status, body))));
        if (stored.request_hash !== requestHash) {
          throw problem(422, 'idempotency-key-reused', 'Kan ikke behandles', 'Denne Idempotency-Key er allerede brukt til en annen forespørsel.');
        }
        response.status(stored.status);
        response.setHeader('Idempotency-Replayed', 'true');
        return of(stored.body);
      }),
    );
  }

  private async find(scope: string, key: string): Promise<StoredResponse | undefined> {
    const rows: StoredResponse[] = await this.dataSource.query(
      `SELECT request_hash, status, body FROM idempotency_keys
        WHERE scope = $1 AND key = $2 AND created_at > now() - $3 * interval '1 hour'`,
      [scope, key, RETENTION_HOURS],
    );
    return rows[0];
  }

  private async remember(scope: string, key: string, requestHash: string, status: number, body: unknown): Promise<unknown> {
    await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, status, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = excluded.request_hash, status = excluded.status,
         body = excluded.body, created_at = excluded.created_at
         WHERE idempotency_keys.created_at <= now() - $6 * interval '1 hour'`,
      [scope, key, requestHash, status, JSON.stringify(body ?? null), RETENTION_HOURS],
    );
    return body;
  }
}
