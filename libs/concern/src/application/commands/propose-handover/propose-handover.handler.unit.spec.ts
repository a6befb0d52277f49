import { ForbiddenProblem } from '@stafett/auth';
import { caseId, nurse, teacher, withClinic } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { ProposeHandoverCommand } from './propose-handover.command';
import { ProposeHandoverHandler } from './propose-handover.handler';

describe('ProposeHandoverHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(withClinic);
    const result = await new ProposeHandoverHandler(f.runner, f.directory).execute(new ProposeHandoverCommand({ caseId, toPractitionerId: nurse.practitionerId, familyWish: 'Ønsker helsesykepleier' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['HandoverProposed'] });
    expect(await f.appended()).toEqual(['HandoverProposed']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(withClinic);
    const command = new ProposeHandoverCommand({ caseId, toPractitionerId: nurse.practitionerId, familyWish: 'Ønsker helsesykepleier' }, f.caller(OUTSIDER));

    await expect(new ProposeHandoverHandler(f.runner, f.directory).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
