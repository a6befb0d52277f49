import { ForbiddenProblem, type MunicipalityAccess } from '@stafett/auth';
import privatExample from '../../../format/testing/privatBekymringsmeldingV2.json';
import type { ReportChildren } from '../../report-children';
import { CHILD_ID, CW_UNIT, intake, nurse, reportTestKit } from '../../testing/report-test-kit';
import { RegisterReportCommand } from './register-report.command';
import { RegisterReportHandler } from './register-report.handler';

// The children are the organisation's answer, replaced here; test/e2e/intake.e2e.spec.ts runs the whole path.
function registerReport() {
  const kit = reportTestKit();
  const children = {
    forRegistration: async () => ({ children: [{ childId: CHILD_ID, unborn: false }], childIds: [CHILD_ID] }),
    assertHomeMunicipality: async () => undefined,
  } as unknown as ReportChildren;
  const access = { assertMayActFor: async () => undefined } as unknown as MunicipalityAccess;
  return { kit, handler: new RegisterReportHandler(kit.runner, children, access) };
}

describe('RegisterReportHandler', () => {
  it('registers a private person’s report for intake’s own unit, received when intake says', async () => {
    const { kit, handler } = registerReport();
    const input = { document: structuredClone(privatExample), childIds: [CHILD_ID], reporterCategory: 'foreldre', receivedAt: '2026-03-01T09:30:00+01:00' };
    const { reportId, events } = await handler.execute(new RegisterReportCommand(input, kit.as(intake)));

    expect(events).toEqual(['ReportReceived']);
    const [received] = await kit.stored(reportId);
    expect(received.metadata).toMatchObject({ report: { reportId, childIds: [CHILD_ID], childWelfareUnitId: CW_UNIT } });
    expect(received.data).toMatchObject({ reporterKind: 'private', reporterCategory: 'foreldre', receivedAt: '2026-03-01T08:30:00.000Z', channel: { kind: 'intake', registeredBy: intake.practitionerId } });
  });

  it('gives a unit that is not child welfare the 403', async () => {
    const { kit, handler } = registerReport();
    await expect(handler.execute(new RegisterReportCommand({ document: structuredClone(privatExample) }, kit.as(nurse)))).rejects.toBeInstanceOf(ForbiddenProblem);
  });
});
