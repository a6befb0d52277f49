import { randomUUID } from 'node:crypto';
import { ForbiddenProblem } from '@stafett/auth';
import { AT, caseId, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase, NOW } from '../../testing/case-handlers.fixture';
import { LinkConsultationToCaseCommand } from './link-consultation-to-case.command';
import { LinkConsultationToCaseHandler } from './link-consultation-to-case.handler';

describe('LinkConsultationToCaseHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const consultationId = randomUUID();
    const by = { practitionerId: teacher.practitionerId, unitId: teacher.unitId, serviceType: teacher.serviceType };
    await f.store.append(`consultation-${consultationId}`, [{ id: randomUUID(), type: 'AnonymousConsultationRecorded', data: { consultationId, by, at: AT }, metadata: { correlationId: 'c', occurredAt: NOW.toISOString() } }], 'no_stream');
    const result = await new LinkConsultationToCaseHandler(f.runner).execute(new LinkConsultationToCaseCommand({ caseId, consultationId }, f.caller(teacher)));

    expect(result).toEqual({ events: ['ConsultationLinked'] });
    expect(await f.appended()).toEqual(['ConsultationLinked']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const consultationId = randomUUID();
    const by = { practitionerId: teacher.practitionerId, unitId: teacher.unitId, serviceType: teacher.serviceType };
    await f.store.append(`consultation-${consultationId}`, [{ id: randomUUID(), type: 'AnonymousConsultationRecorded', data: { consultationId, by, at: AT }, metadata: { correlationId: 'c', occurredAt: NOW.toISOString() } }], 'no_stream');
    const command = new LinkConsultationToCaseCommand({ caseId, consultationId }, f.caller(OUTSIDER));

    await expect(new LinkConsultationToCaseHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
