import { pinoHttp } from 'pino-http';
import { pinoHttpOptions } from './logger.options';
import { isSensitiveKey, maskNationalIds, maskingDestination, redactSensitive } from './redaction';

const NATIONAL_ID = '13097248022';
const NAME = 'Ingeborg Søndre-Fjellheim';

describe('maskNationalIds', () => {
  it.each([
    [`fnr ${NATIONAL_ID} funnet`, 'fnr [id] funnet'],
    ['130972 48022', '[id]'],
    ['130972.48022', '[id]'],
    [`/children/${NATIONAL_ID}/timeline`, '/children/[id]/timeline'],
  ])('masks %j', (input, expected) => {
    expect(maskNationalIds(input)).toBe(expected);
  });

  it.each([
    ['a 13-digit epoch timestamp', '1795452357829'],
    ['a UUID', '01234567-8901-4234-8567-890123456789'],
    ['a kommunenummer', '5501'],
    ['an organisation number', '974760673'],
  ])('leaves %s alone', (_what, input) => {
    expect(maskNationalIds(input)).toBe(input);
  });
});

describe('isSensitiveKey', () => {
  it.each(['nationalId', 'fodselsnummer', 'fnr', 'name', 'firstName', 'last_name', 'displayName', 'childName',
    'text', 'note', 'summary', 'description', 'reporterFnr', 'guardian-national-id'])('treats %s as personal data', (key) => {
    expect(isSensitiveKey(key)).toBe(true);
  });

  it.each(['context', 'reqId', 'status', 'kommunenummer', 'unitId', 'responseTime'])('keeps %s', (key) => {
    expect(isSensitiveKey(key)).toBe(false);
  });
});

describe('redactSensitive', () => {
  it('redacts sensitive fields at any depth and masks ids in other strings', () => {
    const logged = { case: { children: [{ firstName: 'Kari', ref: `id ${NATIONAL_ID}`, level: 1 }] }, note: 'x' };
    expect(redactSensitive(logged)).toEqual({
      case: { children: [{ firstName: '[redacted]', ref: 'id [id]', level: 1 }] },
      note: '[redacted]',
    });
  });

  it('leaves class instances to their serializers and does not modify the input', () => {
    const error = new Error('boom');
    const input = { error, name: 'Kari' };
    expect(redactSensitive(input)).toEqual({ error, name: '[redacted]' });
    expect(input.name).toBe('Kari');
  });
});

describe('when the API logger writes into a memory stream', () => {
  function memoryLogger() {
    const lines: string[] = [];
    const { logger } = pinoHttp(pinoHttpOptions({ logLevel: 'debug' }), maskingDestination({ write: (line: string) => lines.push(line) }) as never);
    return { logger, lines };
  }

  it('keeps national ids and names out of messages, objects, errors and bindings', () => {
    const { logger, lines } = memoryLogger();
    logger.info(`looked up ${NATIONAL_ID}`);
    logger.info('interpolated %s', NATIONAL_ID);
    logger.info({ child: { nationalId: NATIONAL_ID, firstName: 'Ingeborg', displayName: NAME } }, 'child loaded');
    logger.info({ reporter: { name: NAME }, summary: `${NAME} ${NATIONAL_ID}` }, 'report');
    logger.error({ err: new Error(`no child ${NATIONAL_ID}`) }, 'failed');
    logger.child({ lookup: NATIONAL_ID }).warn('from a child logger');
    logger.info({ req: { headers: { authorization: 'Bearer eyJ.secret' }, body: { name: NAME } } }, 'raw request');

    const output = lines.join('');
    expect(lines).toHaveLength(7);
    expect(output).not.toContain(NATIONAL_ID);
    expect(output).not.toContain('Ingeborg');
    expect(output).not.toContain('Fjellheim');
    expect(output).not.toContain('eyJ');
    expect(output).toContain('child loaded'); // the rest of the line survives
  });
});
