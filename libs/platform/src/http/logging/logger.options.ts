import type { Params } from 'nestjs-pino';
import { destination as pinoDestination, stdSerializers, type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { REDACTED, maskNationalIds, maskingDestination, redactSensitive, type LineDestination } from './redaction';
import { requestIdFor } from './request-id';

/** How much the process logs (LOG_LEVEL). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  readonly logLevel: LogLevel;
}

/**
 * Known places of secrets and personal data, removed by pino's own redaction. The formatter below
 * catches the same field names at any depth; these paths also cover what serializers produce.
 */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'req.body',
  'req.query',
  'req.params',
  'body',
  '*.body',
  ...['nationalId', 'fodselsnummer', 'fnr', 'name', 'firstName', 'lastName', 'displayName', 'text', 'note', 'summary', 'description']
    .flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

/**
 * Method and path only. Query strings, route parameters, headers and bodies are where names and
 * national ids arrive, so none of them is logged; digits that look like a national id are masked
 * in the path.
 */
function serializeRequest(request: SerializedRequest): Record<string, unknown> {
  return {
    id: request.id,
    method: request.method,
    url: request.url === undefined ? undefined : maskNationalIds(decodedPath(request.url)),
  };
}

/** Decoded, so that "010203%2012345" is recognised as a national id too. */
function decodedPath(url: string): string {
  const path = url.split('?')[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function serializeResponse(response: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: response.statusCode };
}

/** Errors keep type and (masked) message and stack; their other fields may carry request data. */
function serializeError(error: unknown): Record<string, unknown> {
  const serialized = stdSerializers.err(error as Error) as { type?: string; message?: string; stack?: string };
  return {
    type: serialized.type,
    message: serialized.message === undefined ? undefined : maskNationalIds(serialized.message),
    stack: serialized.stack === undefined ? undefined : maskNationalIds(serialized.stack),
  };
}

/** pino-http options: request ids, redaction, masking. Exported for tests and non-Nest entry points. */
export function pinoHttpOptions(settings: LogSettings): Options {
  return {
    level: settings.logLevel,
    genReqId: requestIdFor,
    // Log lines written while handling a request carry only its id, not the whole request.
    quietReqLogger: true,
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { req: serializeRequest, res: serializeResponse, err: serializeError },
    formatters: { log: (object) => redactSensitive(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg: unknown) => (typeof arg === 'string' ? maskNationalIds(arg) : arg));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
}

/**
 * Options for `LoggerModule.forRoot(...)` from nestjs-pino. Lines go to stdout (or `destination`,
 * e.g. a memory stream in tests) through a final national-id mask.
 */
export function loggerModuleParams(
  settings: LogSettings,
  destination: LineDestination = pinoDestination({ dest: 1, sync: true }),
): Params {
  return { pinoHttp: [pinoHttpOptions(settings), maskingDestination(destination) as DestinationStream] };
}
