import { randomUUID } from 'node:crypto';
import { ForbiddenProblem } from '@stafett/auth';
import { caseId, childId, logOpenAtLevelOne, school, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase, NOW } from '../../testing/case-handlers.fixture';
import { LinkReportToChildWelfareCommand } from './link-report-to-child-welfare.command';
import { LinkReportToChildWelfareHandler } from './link-report-to-child-welfare.handler';

describe('LinkReportToChildWelfareHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const reportId = randomUUID();
    // The report's routing, as child welfare records it in its first event's metadata (ids only).
    const routing = { report: { reportId, childIds: [childId], reporterUnitId: school.unitId } };
    await f.store.append(`report-${reportId}`, [{ id: randomUUID(), type: 'ReportFiled', data: {}, metadata: { correlationId: 'r', occurredAt: NOW.toISOString(), ...routing } }], 'no_stream');
    const result = await new LinkReportToChildWelfareHandler(f.runner).execute(new LinkReportToChildWelfareCommand({ caseId, reportId }, f.caller(teacher)));

    expect(result).toEqual({ events: ['ReportToChildWelfareLinked'] });
    expect(await f.appended()).toEqual(['ReportToChildWelfareLinked']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const reportId = randomUUID();
    // The report's routing, as child welfare records it in its first event's metadata (ids only).
    const routing = { report: { reportId, childIds: [childId], reporterUnitId: school.unitId } };
    await f.store.append(`report-${reportId}`, [{ id: randomUUID(), type: 'ReportFiled', data: {}, metadata: { correlationId: 'r', occurredAt: NOW.toISOString(), ...routing } }], 'no_stream');
    const command = new LinkReportToChildWelfareCommand({ caseId, reportId }, f.caller(OUTSIDER));

    await expect(new LinkReportToChildWelfareHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
