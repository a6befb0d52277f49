import offentligExample from './testing/offentligBekymringsmeldingV2.json';
import privatExample from './testing/privatBekymringsmeldingV2.json';
import type { BekymringsmeldingV2, OffentligBekymringsmeldingV2, PrivatBekymringsmeldingV2 } from './bekymringsmelding.types';
import { exportBekymringsmelding, importBekymringsmelding, InvalidExportError } from './bekymringsmelding.exchange';
import { validateBekymringsmelding } from './bekymringsmelding.validator';

const offentlig = offentligExample as OffentligBekymringsmeldingV2;
const privat = privatExample as PrivatBekymringsmeldingV2;

describe('importBekymringsmelding', () => {
  describe('when KS’s examples arrive', () => {
    it('reads their offset-less times as Oslo time', () => {
      expect(importBekymringsmelding(structuredClone(offentlig))).toMatchObject({ ok: true, variant: 'offentlig', sentAt: '2020-03-16T12:29:33.000Z' });
      // 00:31 Oslo on 17 March is still 16 March in UTC: the Oslo reading matters.
      expect(importBekymringsmelding(structuredClone(privat))).toMatchObject({ ok: true, variant: 'privat', sentAt: '2020-03-16T23:31:56.000Z' });
    });
  });

  describe('when sendingstidspunkt cannot be read', () => {
    it('reports it as a format problem at its path', () =>
      expect(importBekymringsmelding({ ...structuredClone(privat), sendingstidspunkt: 'i går' })).toEqual({
        ok: false,
        errors: [{ path: '/sendingstidspunkt', keyword: 'format', message: expect.any(String) }],
      }));
  });

  describe('when the schema refuses the document', () => {
    it('returns the schema errors only', () =>
      expect(importBekymringsmelding({ ...structuredClone(offentlig), kommunenummer: '12' })).toMatchObject({ ok: false, errors: [{ path: '/kommunenummer' }] }));
  });
});

describe('exportBekymringsmelding', () => {
  const cases: BekymringsmeldingV2[] = [
    { variant: 'offentlig', document: offentlig },
    { variant: 'privat', document: privat },
  ];

  describe.each(cases)('when a $variant report is exported', (value) => {
    it.each([
      ['a winter instant', '2026-01-15T08:00:00.000Z', '2026-01-15T09:00:00'],
      ['a summer instant', '2026-06-15T08:00:00.000Z', '2026-06-15T10:00:00'],
      ['a Friday evening just before midnight', '2026-03-27T22:30:00.000Z', '2026-03-27T23:30:00'],
    ])('writes %s as Oslo time and validates', (_label, sentAt, expected) => {
      const exported = exportBekymringsmelding(value, sentAt);
      expect(exported.document.sendingstidspunkt).toBe(expected);
      expect(validateBekymringsmelding(exported.document)).toMatchObject({ ok: true, variant: value.variant });
      expect(importBekymringsmelding(exported.document)).toMatchObject({ ok: true, sentAt });
    });
  });

  describe('when the document to export is not valid', () => {
    it('refuses to let it leave, naming paths but no values', () => {
      const broken = { variant: 'privat', document: { ...privat, kommunenummer: 'Bergen' } } as BekymringsmeldingV2;
      expect(() => exportBekymringsmelding(broken, '2026-01-15T08:00:00.000Z')).toThrow(InvalidExportError);
      expect(() => exportBekymringsmelding(broken, '2026-01-15T08:00:00.000Z')).toThrow(/\/kommunenummer \(pattern\)/);
      expect(() => exportBekymringsmelding(broken, '2026-01-15T08:00:00.000Z')).not.toThrow(/Bergen/);
    });
  });
});
