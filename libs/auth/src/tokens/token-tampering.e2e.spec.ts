import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DevIssuer } from '../dev-issuer/dev-issuer';
import { createAuthTestApp, type AuthTestApp } from '../testing/auth-test-app';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Changed tokens, decoded and re-encoded, so that every case really changes what is signed or the signature. */
const decode = (part: string) => Buffer.from(part, 'base64url');
const encode = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

describe('when a valid token is tampered with', () => {
  let dataDir: string;
  let testApp: AuthTestApp;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-auth-'));
    testApp = await createAuthTestApp({ DATA_DIR: dataDir });
    token = await (await DevIssuer.open(testApp.settings)).mintDevToken('p-teacher');
  });

  afterAll(async () => {
    await testApp?.app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const statusFor = async (candidate: string) =>
    (await request(testApp.app.getHttpServer()).get('/children/child-tromso').set('Authorization', `Bearer ${candidate}`))
      .status;

  it('accepts the untouched token (so the refusals below are due to the tampering)', async () => {
    expect(await statusFor(token)).toBe(200);
  });

  it('refuses any change to the claims, e.g. promoting oneself', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(decode(payload).toString('utf8')) as Record<string, unknown>;
    const override = fc.record(
      {
        sub: fc.constantFrom('p-leader', 'p-nurse', 'p-teacher '),
        aud: fc.constantFrom('stafett-api ', ['stafett-api', 'other'], 'other'),
        exp: fc.integer({ min: 0, max: 2 ** 31 }),
        roles: fc.constant(['administrator']),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(override, async (changes) => {
        const tampered = { ...claims, ...changes };
        fc.pre(JSON.stringify(tampered) !== JSON.stringify(claims));
        expect(await statusFor(`${header}.${encode(JSON.stringify(tampered))}.${signature}`)).toBe(401);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses any single flipped bit in the signature', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const bytes = decode(signature);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length * 8 - 1 }), async (bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        expect(await statusFor(`${header}.${payload}.${encode(flipped)}`)).toBe(401);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses any changed character in the signed header or payload', async () => {
    const signedLength = token.lastIndexOf('.');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: signedLength - 1 }),
        fc.constantFrom(...BASE64URL),
        async (position, replacement) => {
          fc.pre(token[position] !== '.' && token[position] !== replacement);
          const tampered = token.slice(0, position) + replacement + token.slice(position + 1);
          expect(await statusFor(tampered)).toBe(401);
        },
      ),
      { numRuns: 80 },
    );
  });
});
