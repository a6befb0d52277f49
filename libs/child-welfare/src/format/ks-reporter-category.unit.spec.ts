import offentligExample from './testing/offentligBekymringsmeldingV2.json';
import privatExample from './testing/privatBekymringsmeldingV2.json';
import type { OffentligBekymringsmeldingV2, PrivatBekymringsmeldingV2 } from './bekymringsmelding.types';
import { reporterCategoryOfDocument } from './ks-reporter-category';

const offentlig = (rolle: string, navn: string) =>
  reporterCategoryOfDocument({
    variant: 'offentlig',
    document: { ...offentligExample, offentligMelder: { ...offentligExample.offentligMelder, rolle, virksomhet: { ...offentligExample.offentligMelder.virksomhet, navn } } } as OffentligBekymringsmeldingV2,
  });
const privat = (...relasjoner: string[]) =>
  reporterCategoryOfDocument({
    variant: 'privat',
    document: { ...privatExample, privatBarn: relasjoner.map((relasjon) => ({ ...privatExample.privatBarn[0], relasjon })) } as PrivatBekymringsmeldingV2,
  });

describe('the reporter category read from a KS document', () => {
  it.each([
    ['Helsesykepleier', 'Skaun kommune', 'helsestasjon-skolehelsetjeneste'],
    ['Jordmor', 'Jordmortjenesten', 'helsestasjon-skolehelsetjeneste'],
    ['Rådgiver', 'Helsestasjonen i Skaun', 'helsestasjon-skolehelsetjeneste'],
    ['Lærer', 'Lærerskolen', 'skole'],
    ['Pedagogisk leder', 'Solstråla barnehage', 'barnehage'],
    ['Politibetjent', 'Trøndelag politidistrikt', 'politi'],
    ['Fastlege', 'Legesenteret', 'lege'],
    ['Veileder', 'NAV Skaun', 'nav'],
  ])('reads %s at %s as %s', (rolle, navn, category) => {
    expect(offentlig(rolle, navn)).toBe(category);
  });

  it('tells nothing when the reporter says nothing it knows, or two things at once', () => {
    expect(offentlig('Rådgiver', 'Skaun kommune')).toBeUndefined();
    expect(offentlig('Privilegert saksbehandler', 'Firma AS')).toBeUndefined();
    expect(offentlig('Lærer og helsesykepleier', 'Skaun kommune')).toBeUndefined();
  });

  it('reads a private reporter’s relation to the child, whole words only', () => {
    expect(privat('Mor')).toBe('foreldre');
    expect(privat('far til barnet', 'far')).toBe('foreldre');
    expect(privat('Meg selv')).toBe('barnet-selv');
    expect(privat('Mormor')).toBeUndefined();
    expect(privat('Nabo, fritekstfelt')).toBeUndefined();
    expect(privat('mor', 'meg selv')).toBeUndefined();
  });
});
