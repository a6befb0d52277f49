/**
 * TypeScript shapes of the KS Fiks bekymringsmelding v2 documents, written from the schemas in
 * ./schemas. The schemas stay the authority: a value of these types is only trusted after
 * `validateBekymringsmelding` accepted it. Field names are KS's (Norwegian) on purpose.
 */

export interface Adresse {
  readonly adresselinje1: string;
  readonly adresselinje2?: string;
  readonly adresselinje3?: string;
  readonly postnummer?: string;
  readonly poststed?: string;
}

export interface OffentligForesatt {
  readonly personnavn: string;
  readonly telefonnummer?: string;
  /** Was this guardian told about the report? If not, `orientertGrunn` says why. */
  readonly orientert: boolean;
  readonly orientertGrunn?: string;
}

export interface OffentligBarn {
  readonly fnr: string;
  /** Unborn child (the report concerns a pregnancy). */
  readonly ufoedt: boolean;
  readonly personnavn: string;
  readonly telefonnummer?: string;
  readonly adresse: Adresse;
  readonly orientert: boolean;
  readonly orientertGrunn?: string;
}

export interface OffentligBekymringsmeldingV2 {
  readonly kommunenummer: string;
  readonly kommunenavn: string;
  readonly bydelsnummer: string;
  readonly bydelsnavn: string;
  readonly offentligMelder: {
    readonly personnavn: string;
    readonly rolle: string;
    readonly telefonnummer: string;
    readonly epost: string;
    readonly virksomhet: { readonly navn: string; readonly orgnr?: string; readonly adresse: Adresse };
  };
  readonly offentligBarn: readonly OffentligBarn[];
  readonly foresatte: readonly OffentligForesatt[];
  readonly behovForTolk?: string;
  readonly andreHjelpeinstanser?: string;
  readonly melding: { readonly melding: string; readonly historie: string; readonly andreSynspunkter?: string };
  /** See ./sendingstidspunkt.ts: local Oslo time without offset in KS's examples. */
  readonly sendingstidspunkt: string;
  readonly leveringskanal: string;
}

export interface PrivatBarn {
  readonly personnavn: string;
  readonly antattAlder?: string;
  readonly relasjon?: string;
  readonly adresse: Adresse;
}

export interface PrivatBekymringsmeldingV2 {
  readonly kommunenummer: string;
  readonly kommunenavn: string;
  readonly bydelsnummer: string;
  readonly bydelsnavn: string;
  readonly privatMelder: { readonly personnavn: string; readonly telefonnummer?: string; readonly adresse?: Adresse };
  readonly privatBarn: readonly PrivatBarn[];
  readonly melding: string;
  readonly sendingstidspunkt: string;
  readonly leveringskanal: string;
}

export type BekymringsmeldingVariant = 'offentlig' | 'privat';

export type BekymringsmeldingV2 =
  | { readonly variant: 'offentlig'; readonly document: OffentligBekymringsmeldingV2 }
  | { readonly variant: 'privat'; readonly document: PrivatBekymringsmeldingV2 };
