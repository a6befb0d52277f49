import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { problem } from '../problem.exception';

const hasContent = (body: unknown): boolean =>
  body !== undefined && body !== null && !(typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);

/**
 * A write route that takes no body (`…/stafettlogg`, `…/receipt-confirmation`) refuses one, as a DTO refuses
 * an unknown property: what a client sends is either read or refused, never silently dropped. An empty
 * object is no content.
 */
@Injectable()
export class BodylessRoutesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { body, method } = context.switchToHttp().getRequest<{ body?: unknown; method: string }>();
    // A GET's body has no meaning (RFC 9110): ignored, as every GET route ignores it.
    if (method !== 'GET' && method !== 'HEAD' && hasContent(body)) {
      const params = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as Record<string, unknown>;
      const takesBody = Object.keys(params).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
      if (!takesBody) {
        throw problem(400, 'invalid-request', 'Ugyldig forespørsel', 'Denne forespørselen tar ikke imot innhold.', [
          { field: '', message: 'Innholdet må være tomt: denne forespørselen tar ikke imot felt.' },
        ]);
      }
    }
    return next.handle();
  }
}
