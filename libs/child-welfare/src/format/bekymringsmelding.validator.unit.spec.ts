import fc from 'fast-check';
import offentligSchema from './schemas/v2/offentlig.bekymringsmelding.v2.json';
import privatSchema from './schemas/v2/privat.bekymringsmelding.v2.json';
import offentligExample from './testing/offentligBekymringsmeldingV2.json';
import privatExample from './testing/privatBekymringsmeldingV2.json';
import { detectVariant, validateBekymringsmelding } from './bekymringsmelding.validator';

const without = (doc: object, key: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = structuredClone(doc as Record<string, unknown>);
  delete copy[key];
  return copy;
};

describe('validateBekymringsmelding', () => {
  describe('when given KS’s example documents', () => {
    it('accepts the public reporter’s example as offentlig', () => {
      const result = validateBekymringsmelding(structuredClone(offentligExample));
      expect(result).toMatchObject({ ok: true, variant: 'offentlig' });
    });

    it('accepts the private reporter’s example as privat', () => {
      const result = validateBekymringsmelding(structuredClone(privatExample));
      expect(result).toMatchObject({ ok: true, variant: 'privat' });
    });
  });

  describe('when a required field is missing', () => {
    it('names the missing field', () => {
      const result = validateBekymringsmelding(without(offentligExample, 'melding'));
      expect(result).toEqual({
        ok: false,
        variant: 'offentlig',
        errors: [{ path: '', keyword: 'required', message: "must have required property 'melding'", params: { missingProperty: 'melding' } }],
      });
    });

    it('finds a missing field inside the referenced address schema', () => {
      const doc = structuredClone(privatExample) as { privatBarn: { adresse: Record<string, unknown> }[] };
      delete doc.privatBarn[1].adresse.adresselinje1;
      const result = validateBekymringsmelding(doc);
      expect(result).toMatchObject({ ok: false, errors: [{ path: '/privatBarn/1/adresse', keyword: 'required', message: expect.stringContaining('adresselinje1') }] });
    });
  });

  describe('when kommunenummer is malformed', () => {
    it.each(['123', '12345', '12a4', ' 1201', 1201])('rejects %p', (kommunenummer) => {
      for (const example of [offentligExample, privatExample]) {
        const result = validateBekymringsmelding({ ...structuredClone(example), kommunenummer });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['/kommunenummer']);
      }
    });
  });

  describe('when several things are wrong', () => {
    it('lists every error, not only the first', () => {
      const doc = { ...without(offentligExample, 'leveringskanal'), kommunenummer: 'x', bydelsnummer: '2', foresatte: [] };
      const result = validateBekymringsmelding(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.map((e) => `${e.path}:${e.keyword}`).sort()).toEqual(
          [':required', '/bydelsnummer:pattern', '/foresatte:minItems', '/kommunenummer:pattern'].sort(),
        );
      }
    });
  });

  describe('when the time has no offset or is not a date-time at all', () => {
    it('passes the schema either way, because format is an annotation', () => {
      expect(validateBekymringsmelding({ ...structuredClone(privatExample), sendingstidspunkt: 'i går' }).ok).toBe(true);
    });
  });

  describe('when the variant cannot be told', () => {
    it('refuses a document with both reporter kinds', () => {
      const result = validateBekymringsmelding({ ...structuredClone(offentligExample), privatMelder: { personnavn: 'X' } });
      expect(result).toMatchObject({ ok: false, errors: [{ keyword: 'variant' }] });
    });

    it('refuses a document with neither, and anything that is not an object', () => {
      expect(validateBekymringsmelding({ kommunenummer: '1201' })).toMatchObject({ ok: false, errors: [{ keyword: 'variant' }] });
      expect(validateBekymringsmelding(null)).toMatchObject({ ok: false, errors: [{ keyword: 'type' }] });
      expect(validateBekymringsmelding([offentligExample])).toMatchObject({ ok: false, errors: [{ keyword: 'type' }] });
    });

    it('still knows the variant when one of its two distinguishing fields is missing', () => {
      expect(detectVariant(without(offentligExample, 'offentligMelder'))).toBe('offentlig');
      expect(detectVariant(without(privatExample, 'privatBarn'))).toBe('privat');
    });
  });

  describe('for every top-level required property', () => {
    const cases = [
      { example: offentligExample, required: offentligSchema.required },
      { example: privatExample, required: privatSchema.required },
    ];

    it('rejects the example without it, naming it', () => {
      const arbitrary = fc.oneof(...cases.map(({ example, required }) => fc.constantFrom(...required).map((key) => ({ example, key }))));
      fc.assert(
        fc.property(arbitrary, ({ example, key }) => {
          const result = validateBekymringsmelding(without(example, key));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.some((e) => e.keyword === 'required' && e.message.includes(`'${key}'`))).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
});
