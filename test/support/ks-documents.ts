import offentligExample from '../../libs/child-welfare/src/format/testing/offentligBekymringsmeldingV2.json';

/** KS's offentlig example (KS Fiks bekymringsmelding v2), adapted to a child in Skaun and the test's own texts. */
export function offentligReportFor(nationalId: string, melding: { readonly melding: string; readonly historie?: string }) {
  return {
    ...offentligExample,
    kommunenummer: '5029',
    kommunenavn: 'Skaun',
    bydelsnummer: '00',
    bydelsnavn: 'Skaun',
    offentligBarn: [{ ...offentligExample.offentligBarn[0], fnr: nationalId }],
    melding: { historie: 'Over tid', ...melding },
  };
}
