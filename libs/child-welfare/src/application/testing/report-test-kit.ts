import { randomUUID } from 'node:crypto';
import type { MunicipalityAccess } from '@stafett/auth';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import { ChildKeyNotFoundError, type ChildCipher, type EncryptedField, type PersonalDataVault } from '@stafett/identity';
import type { Caller, Principal } from '@stafett/kernel';
import type { ReporterKind } from '../../domain/reporter-category';
import { ReportStream } from '../../infrastructure/report-stream';
import { ReportCommandRunner } from '../report-command-runner';
import { reportStreamId, type ReportRouting } from '../report-routing';

export const NOW = new Date('2026-03-02T08:00:00.000Z');
export const CHILD_ID = '7d1f3c2a-0000-4000-8000-000000000001';
export const CW_UNIT = 'bv-skaun';
export const SECRET = 'Barnet forteller om vold hjemme';

const tokenExpiresAt = new Date('2030-01-01');
export const intake: Principal = { practitionerId: 'p-intake', unitId: CW_UNIT, serviceType: 'barneverntjeneste', roles: ['intake'], tokenExpiresAt };
export const otherChildWelfare: Principal = { ...intake, practitionerId: 'p-other', unitId: 'bv-other' };
export const nurse: Principal = { practitionerId: 'p-nurse', unitId: 'hs-skaun', serviceType: 'helsestasjon', roles: ['practitioner'], tokenExpiresAt };

/** A reversible stand-in for the vault: keys exist for registered children; a report's own key is made on first use. */
class TestVault {
  private readonly keys = new Set<string>([CHILD_ID]);

  async cipherFor(owner: string): Promise<ChildCipher> {
    this.keys.add(owner);
    return cipherOf(owner);
  }

  async existingCipherFor(owner: string): Promise<ChildCipher> {
    if (!this.keys.has(owner)) throw new ChildKeyNotFoundError(owner);
    return cipherOf(owner);
  }
}

const cipherOf = (owner: string): ChildCipher => ({
  childId: owner,
  encrypt: (plaintext) => ({ v: 1, iv: 'AAAA', ct: Buffer.from(plaintext).toString('base64'), tag: 'AAAA' }) as EncryptedField,
  decrypt: (field) => Buffer.from(field.ct, 'base64').toString(),
});

/**
 * The report pipeline on an in-memory store: the real runner and encrypting stream, a vault that
 * seals reversibly, and municipality access that says yes unless told otherwise.
 */
export function reportTestKit(options: { mayActFor?: boolean } = {}) {
  const store = new InMemoryEventStore();
  const reports = new ReportStream(store, new TestVault() as unknown as PersonalDataVault);
  const access = { mayActFor: async () => options.mayActFor ?? true, assertMayActFor: async () => undefined } as unknown as MunicipalityAccess;
  const runner = new ReportCommandRunner(reports, access, { now: () => NOW });

  /** A report of the child received by child welfare's unit, filed by the nurse's unit. */
  async function received(reporterKind: ReporterKind = 'public'): Promise<string> {
    const reportId = randomUUID();
    const routing: ReportRouting = { reportId, childIds: [CHILD_ID], childWelfareUnitId: CW_UNIT, childWelfareServiceType: 'barneverntjeneste', reporterUnitId: nurse.unitId };
    const channel = reporterKind === 'public' ? ({ kind: 'service-unit', unitId: nurse.unitId } as const) : ({ kind: 'intake', registeredBy: intake.practitionerId } as const);
    await runner.run(
      {
        type: 'ReceiveReport',
        reportId,
        reporterKind,
        reporterCategory: reporterKind === 'public' ? 'helsestasjon-skolehelsetjeneste' : 'foreldre',
        channel,
        receivedAt: NOW.toISOString(),
        kommunenummer: '5029',
        children: [{ childId: CHILD_ID, unborn: false }],
        content: { kind: 'ks', variant: 'offentlig', document: { melding: SECRET } },
      },
      routing,
      { principal: nurse },
      NOW,
    );
    return reportId;
  }

  const stored = (reportId: string) => store.readStream(reportStreamId(reportId));
  const as = (principal: Principal, idempotencyKey?: string): Caller => ({ principal, ...(idempotencyKey ? { idempotencyKey } : {}) });
  return { store, reports, runner, received, stored, as };
}
