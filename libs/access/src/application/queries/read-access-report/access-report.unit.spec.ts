import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@stafett/event-store';
import { buildAccessReport } from './access-report';
import { escapeHtml, renderAccessReportHtml } from './access-report.html';

const CHILD = '0b5c2b3e-7a51-4c36-9d2e-3f1a2b3c4d5e';
let version = 0n;

function logged(type: string, data: object, occurredAt: string): RecordedEvent {
  version += 1n;
  return {
    id: randomUUID(), type, data, metadata: { correlationId: randomUUID(), occurredAt },
    streamId: `child-access-${CHILD}`, streamVersion: version, globalPosition: { commit: version, prepare: version }, recordedAt: new Date(occurredAt),
  };
}

const UNITS: Record<string, { name: string; serviceType: string }> = {
  'barnehage-a': { name: 'Solstråla <script>alert("x")</script> barnehage', serviceType: 'barnehage' },
  'helse-b': { name: 'Helsestasjonen', serviceType: 'helsestasjon' },
};

const LOG = [
  logged('ChildDataRead', { practitionerId: 'pedagog-1', unitId: 'barnehage-a', purpose: 'registration' }, '2026-03-02T08:00:00.000Z'),
  logged('ConcernCaseRead', { practitionerId: 'sykepleier-1', unitId: 'helse-b', purpose: 'follow-up', caseId: 'sak-1' }, '2026-03-03T08:00:00.000Z'),
  logged('TimelineRead', { practitionerId: 'leder-1', unitId: 'barnehage-a', purpose: 'coordination', shownEntryIds: ['e1', 'e2'] }, '2026-03-04T08:00:00.000Z'),
  logged('SomethingElse', { unitId: 'barnehage-a', purpose: 'coordination' }, '2026-03-05T08:00:00.000Z'),
];

const build = (showPersons: boolean) => buildAccessReport(CHILD, LOG, '2026-03-20T10:00:00.000Z', { showPersons, unitOf: (id) => UNITS[id] });

describe('the guardians’ access report', () => {
  describe('when persons are not to be shown (the default)', () => {
    it('lists every read with date, purpose and service, and no person', () => {
      const report = build(false);
      expect(report.accesses).toEqual([
        { at: '2026-03-02T08:00:00.000Z', what: 'ChildDataRead', whatNb: 'Registreringsopplysninger om barnet', purpose: 'registration', purposeNb: 'Registrering', unitId: 'barnehage-a', unitName: UNITS['barnehage-a'].name, serviceType: 'barnehage', serviceTypeNb: 'Barnehage' },
        { at: '2026-03-03T08:00:00.000Z', what: 'ConcernCaseRead', whatNb: 'BTI-sak (bekymring og stafettlogg)', purpose: 'follow-up', purposeNb: 'Oppfølging', unitId: 'helse-b', unitName: 'Helsestasjonen', serviceType: 'helsestasjon', serviceTypeNb: 'Helsestasjon' },
        { at: '2026-03-04T08:00:00.000Z', what: 'TimelineRead', whatNb: 'Tidslinje på tvers av tjenester', purpose: 'coordination', purposeNb: 'Samordning av tjenester', unitId: 'barnehage-a', unitName: UNITS['barnehage-a'].name, serviceType: 'barnehage', serviceTypeNb: 'Barnehage', entriesShown: 2 },
      ]);
      expect(JSON.stringify(report)).not.toMatch(/pedagog-1|sykepleier-1|leder-1/);
      expect(renderAccessReportHtml(report)).not.toMatch(/pedagog-1|leder-1|Person \(id\)/);
    });
  });

  describe('when the configuration allows persons', () => {
    it('names the practitioner of each read', () => {
      const report = build(true);
      expect(report.accesses.map((line) => line.practitionerId)).toEqual(['pedagog-1', 'sykepleier-1', 'leder-1']);
      expect(renderAccessReportHtml(report)).toContain('<td>leder-1</td>');
    });
  });

  describe('when rendered as a page', () => {
    it('is Norwegian, with dates in Norwegian time and the purposes named', () => {
      const html = renderAccessReportHtml(build(false));
      expect(html).toContain('<html lang="nb">');
      expect(html).toContain('Samordning av tjenester');
      expect(html).toContain('Oppfølging');
      expect(html).toMatch(/4\. mars 2026.*09:00/);
      expect(html).toContain('(2 oppføringer vist)');
    });

    it('escapes every value, so injected markup stays text', () => {
      const html = renderAccessReportHtml(build(false));
      expect(html).not.toContain('<script>');
      expect(html).toContain('Solstråla &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; barnehage');
      expect(escapeHtml(`<a href='x'>&`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;');
    });

    it('says so when nobody has read anything', () => {
      expect(renderAccessReportHtml({ childId: CHILD, generatedAt: '2026-03-20T10:00:00.000Z', showsPersons: false, accesses: [] })).toContain('Ingen har sett opplysninger om barnet.');
    });
  });
});
