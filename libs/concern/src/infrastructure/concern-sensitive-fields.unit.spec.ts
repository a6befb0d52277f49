import type { ConcernEvent } from '../domain/concern.events';
import { CONCERN_SENSITIVE_FIELDS, mapConcernTexts } from './concern-sensitive-fields';

const by = { practitionerId: 'p', unitId: 'u', serviceType: 'barnehage' };
const base = { caseId: 'c', by, at: '2026-03-02T09:00:00+01:00' };
const seal = (value: unknown) => `sealed(${String(value)})`;

describe('the free texts of case events', () => {
  describe('when an event with nested texts and lists is mapped', () => {
    it('maps every listed text and leaves ids, dates and flags alone', () => {
      const meeting: ConcernEvent = {
        type: 'MeetingRecorded',
        data: { ...base, meetingId: 'm1', heldOn: '2026-03-01', participants: ['mor', 'lærer'], decisions: ['ukentlig samtale'], childsVoice: { kind: 'heard', said: 'ja' } },
      };
      expect(mapConcernTexts(meeting, seal).data).toEqual({
        ...base,
        meetingId: 'm1',
        heldOn: '2026-03-01',
        participants: ['sealed(mor)', 'sealed(lærer)'],
        decisions: ['sealed(ukentlig samtale)'],
        childsVoice: { kind: 'heard', said: 'sealed(ja)' },
      });
    });

    it('leaves absent optional texts absent and does not change the original', () => {
      const registered: ConcernEvent = {
        type: 'ConcernRegistered',
        data: { ...base, childId: 'k', kommunenummer: '5029', owningUnit: { unitId: 'u', serviceType: 'barnehage' }, concern: { observations: 'o', since: 's' }, decisionDueOn: '2026-03-16' },
      };
      const mapped = mapConcernTexts(registered, seal);
      expect(mapped.data.concern).toEqual({ observations: 'sealed(o)', since: 'sealed(s)' });
      expect(registered.data.concern).toEqual({ observations: 'o', since: 's' });
    });
  });

  describe('when the table is read', () => {
    it('never lists who acted, the child, or the case as text to seal', () => {
      for (const paths of Object.values(CONCERN_SENSITIVE_FIELDS)) {
        for (const path of paths) expect(path).not.toMatch(/^(by|caseId|childId|at|kommunenummer)\b/);
      }
    });
  });
});
