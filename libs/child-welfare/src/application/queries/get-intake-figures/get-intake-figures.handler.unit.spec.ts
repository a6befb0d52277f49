import { ForbiddenProblem } from '@stafett/auth';
import { InvalidCommandError } from '@stafett/kernel';
import type { ReportClockReader } from '../../../read-models/report-clock/report-clock.reader';
import { intake, NOW } from '../../testing/report-test-kit';
import { GetIntakeFiguresQuery } from './get-intake-figures.query';
import { GetIntakeFiguresHandler } from './get-intake-figures.handler';

// The reader runs on a real PostgreSQL in report-clock.int.spec.ts; here only the period and who may ask.
const reader = {
  unitServes: async (_unitId: string, kommunenummer: string) => kommunenummer === '5029',
  figures: async (kommunenummer: string, from: string, to: string) => ({ kommunenummer, from, to }),
} as unknown as ReportClockReader;
const handler = new GetIntakeFiguresHandler(reader, { now: () => NOW });

describe('GetIntakeFiguresHandler', () => {
  it('gives the figures of a municipality the unit serves', async () => {
    expect(await handler.execute(new GetIntakeFiguresQuery({ kommunenummer: '5029', from: '2026-01-01', to: '2026-03-31' }, intake))).toEqual({ kommunenummer: '5029', from: '2026-01-01', to: '2026-03-31' });
  });

  it('lists every problem of the period together', async () => {
    const refused = handler.execute(new GetIntakeFiguresQuery({ kommunenummer: '5029', from: '2026-13-01', to: '2026-01-01' }, intake));
    await expect(refused).rejects.toBeInstanceOf(InvalidCommandError);
    await expect(refused).rejects.toMatchObject({ problems: [{ field: 'from' }] });
    await expect(handler.execute(new GetIntakeFiguresQuery({ kommunenummer: '5029', from: '2026-03-01', to: '2026-01-01' }, intake))).rejects.toMatchObject({ problems: [{ field: 'to' }] });
  });

  it('gives a municipality the unit does not serve the 403', async () => {
    await expect(handler.execute(new GetIntakeFiguresQuery({ kommunenummer: '5028', from: '2026-01-01', to: '2026-03-31' }, intake))).rejects.toBeInstanceOf(ForbiddenProblem);
  });
});
