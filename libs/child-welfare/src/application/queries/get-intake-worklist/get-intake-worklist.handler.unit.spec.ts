import { ForbiddenProblem } from '@stafett/auth';
import type { ReportClockReader } from '../../../read-models/report-clock/report-clock.reader';
import { intake, NOW, nurse } from '../../testing/report-test-kit';
import { GetIntakeWorklistQuery } from './get-intake-worklist.query';
import { GetIntakeWorklistHandler } from './get-intake-worklist.handler';

// The reader runs on a real PostgreSQL in report-clock.int.spec.ts; here only who may ask and for when.
const asked: unknown[][] = [];
const reader = { worklist: async (...args: unknown[]) => asked.push(args) && { unitId: args[0] } } as unknown as ReportClockReader;
const handler = new GetIntakeWorklistHandler(reader, { now: () => NOW });

describe('GetIntakeWorklistHandler', () => {
  it('lists the caller’s own unit’s reports as of the clock', async () => {
    expect(await handler.execute(new GetIntakeWorklistQuery(intake))).toEqual({ unitId: intake.unitId });
    expect(asked).toEqual([[intake.unitId, NOW.toISOString()]]);
  });

  it('gives a unit that is not child welfare the 403', async () => {
    await expect(handler.execute(new GetIntakeWorklistQuery(nurse))).rejects.toBeInstanceOf(ForbiddenProblem);
  });
});
