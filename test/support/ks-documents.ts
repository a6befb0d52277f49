import offentligExample from '../../libs/child-welfare/src/format/testing/offentligBekymringsmeldingV2.json';

/** One child of a KS offentlig document: KS's example child with this national id (for an unborn child, the mother's). */
export type OffentligBarn = (typeof offentligExample.offentligBarn)[number];

export const barn = (fnr: string, extra: Partial<OffentligBarn> = {}): OffentligBarn => ({ ...offentligExample.offentligBarn[0], fnr, ...extra });

/** KS's offentlig example, in Skaun (5029, the demo organisation's), about the given children. */
export function offentligDocument(children: readonly OffentligBarn[], extra: Record<string, unknown> = {}) {
  return { ...offentligExample, kommunenummer: '5029', kommunenavn: 'Skaun', bydelsnummer: '00', bydelsnavn: 'Skaun', offentligBarn: [...children], ...extra };
}

/** The document's reporter with this role at this organisation. */
export const offentligReporter = (rolle: string, navn: string) => ({ ...offentligExample.offentligMelder, rolle, virksomhet: { ...offentligExample.offentligMelder.virksomhet, navn } });

/** KS's offentlig example about one child, with the test's own texts. */
export function offentligReportFor(nationalId: string, melding: { readonly melding: string; readonly historie?: string }) {
  return offentligDocument([barn(nationalId)], { melding: { historie: 'Over tid', ...melding } });
}
