import type { MunicipalityAccess } from '@stafett/auth';
import type { ConcernCommands } from '@stafett/concern';
import offentligExample from '../../../format/testing/offentligBekymringsmeldingV2.json';
import privatExample from '../../../format/testing/privatBekymringsmeldingV2.json';
import type { ReportChildren } from '../../report-children';
import { CHILD_ID, CW_UNIT, nurse, reportTestKit } from '../../testing/report-test-kit';
import { FileReportCommand } from './file-report.command';
import { FileReportHandler } from './file-report.handler';
import type { FilingRecipients } from './filing-recipients';

const CASE_ID = '5f0c2d4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f';

// The children, the organisation and the BTI case are other contexts' answers, replaced here so that
// the handler is tested alone; the e2e tests (report-routing, nurse-journey) run it against them.
function fileReport() {
  const kit = reportTestKit();
  const children = {
    fromDocument: async () => ({ children: [{ childId: CHILD_ID, unborn: false }], childIds: [CHILD_ID] }),
    assertHomeMunicipality: async () => undefined,
  } as unknown as ReportChildren;
  const recipients = {
    childWelfareUnitFor: async () => ({ unitId: CW_UNIT, serviceType: 'barneverntjeneste' }),
    caseOfChild: async (caseId: string) => caseId,
  } as unknown as FilingRecipients;
  const links: unknown[] = [];
  const concerns = { execute: async (command: unknown) => links.push(command) } as unknown as ConcernCommands;
  const access = { assertMayActFor: async () => undefined } as unknown as MunicipalityAccess;
  return { kit, links, handler: new FileReportHandler(kit.runner, children, recipients, access, concerns) };
}

describe('FileReportHandler', () => {
  it('sends the report to the municipality’s child welfare, the routing in every event’s metadata and the document sealed', async () => {
    const { kit, handler, links } = fileReport();
    const { reportId, events } = await handler.execute(new FileReportCommand({ document: structuredClone(offentligExample), caseId: CASE_ID }, kit.as(nurse, 'key-1')));

    expect(events).toEqual(['ReportReceived']);
    const [received] = await kit.stored(reportId);
    expect(received.metadata).toMatchObject({ childId: CHILD_ID, actorServiceId: nurse.unitId, report: { reportId, childIds: [CHILD_ID], childWelfareUnitId: CW_UNIT, reporterUnitId: nurse.unitId, concernCaseId: CASE_ID } });
    expect(JSON.stringify(received.data)).not.toContain(offentligExample.offentligBarn[0].fnr);
    expect(links).toEqual([{ type: 'LinkReportToChildWelfare', caseId: CASE_ID, reportId }]);
  });

  it('is the same report, written once, when retried with the same Idempotency-Key', async () => {
    const { kit, handler } = fileReport();
    const first = await handler.execute(new FileReportCommand({ document: structuredClone(offentligExample) }, kit.as(nurse, 'key-1')));
    const retry = await handler.execute(new FileReportCommand({ document: structuredClone(offentligExample) }, kit.as(nurse, 'key-1')));

    expect(retry).toEqual(first);
    expect(await kit.stored(first.reportId)).toHaveLength(1);
  });

  it('refuses a private person’s document with the 422', async () => {
    const { kit, handler } = fileReport();
    await expect(handler.execute(new FileReportCommand({ document: structuredClone(privatExample) }, kit.as(nurse)))).rejects.toMatchObject({ status: 422 });
  });
});
