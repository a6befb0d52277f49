import type { AccessPurpose, ConfidentialityFamily, InformationCategory } from '../timeline-entry';

/**
 * The confidentiality rules as data (issue 5: "configuration with Norwegian defaults"). A rule's
 * `kind` fixes where it sits in the evaluation order (see decide-visibility.ts and
 * docs/confidentiality.md); its parameters and texts are configuration. Validation lives in
 * confidentiality-rules.validator.ts.
 */
export interface RuleText {
  readonly nb: string;
  readonly en: string;
}

interface RuleBase {
  /** Stable id recorded in every decision, e.g. `R4-health`. */
  readonly id: string;
  /** What the rule decides, for users (nb) and reviewers (en). */
  readonly description: RuleText;
  readonly legalSource: string;
}

/** Outcome for a participant in the entry's case when no consent covers it. */
export type WithoutConsent = 'redacted' | 'hidden';

export type ConfidentialityRule =
  /** R0: a request must state a purpose this view serves; otherwise everything is hidden. */
  | (RuleBase & { readonly kind: 'purpose-required'; readonly allowedPurposes: readonly AccessPurpose[] })
  /** R1: the child-welfare case compartment. */
  | (RuleBase & {
      readonly kind: 'child-welfare-case';
      readonly categories: readonly InformationCategory[];
      /**
       * Families whose staff see their own unit's entries of this category on the statutory basis
       * (child welfare); any other unit sees only its own record (that it reported) as own service.
       */
      readonly viewerFamilies: readonly ConfidentialityFamily[];
      readonly relationRoles: readonly string[];
    })
  /** R2: statutory feedback, to the reporter's unit only. */
  | (RuleBase & {
      readonly kind: 'statutory-feedback';
      readonly categories: readonly InformationCategory[];
      /** Owner families that may send it; the same category from anyone else is hidden (malformed). */
      readonly senderFamilies: readonly ConfidentialityFamily[];
      readonly relationRoles: readonly string[];
    })
  /** R3: own service, with need to know (tjenstlig behov). */
  | (RuleBase & { readonly kind: 'own-service'; readonly relationRoles: readonly string[]; readonly withoutRelation: WithoutConsent })
  /** R4-R7: content that never leaves its owner without a consent naming recipient and category. */
  | (RuleBase & {
      readonly kind: 'compartment';
      /** The rule governs an entry whose owner is in one of these families... */
      readonly ownerFamilies: readonly ConfidentialityFamily[];
      /** ...or whose category is one of these, whoever owns it. */
      readonly categories: readonly InformationCategory[];
      readonly participantWithoutConsent: WithoutConsent;
      /**
       * An owner's entry marked sensitive to an investigation stays hidden from everyone outside the
       * owning unit, and no consent releases it (the police: politiregisterloven § 23 second paragraph).
       */
      readonly markedSensitiveStaysHidden: boolean;
    })
  /** R8: coordination entries of a case the viewer's unit takes part in. */
  | (RuleBase & { readonly kind: 'coordination'; readonly categories: readonly InformationCategory[] })
  /** R9: any other content from another service. */
  | (RuleBase & { readonly kind: 'other-service'; readonly participantWithoutConsent: WithoutConsent })
  /** R10: whatever no rule above decided stays hidden. */
  | (RuleBase & { readonly kind: 'default-deny' });

export type RuleKind = ConfidentialityRule['kind'];

/** The fixed evaluation order. Only compartments may occur more than once. */
export const RULE_KIND_ORDER: readonly RuleKind[] = [
  'purpose-required',
  'child-welfare-case',
  'statutory-feedback',
  'own-service',
  'compartment',
  'coordination',
  'other-service',
  'default-deny',
];

const RELATION_ROLES = ['leader'] as const;
/** Child welfare's intake and caseworkers handle every report of their unit: a need to know for each. */
const CHILD_WELFARE_RELATION_ROLES = ['leader', 'intake', 'caseworker'] as const;

export const DEFAULT_RULES: readonly ConfidentialityRule[] = [
  {
    id: 'R0-purpose-required',
    kind: 'purpose-required',
    allowedPurposes: ['coordination', 'follow-up', 'registration'],
    legalSource: 'GDPR art. 5 nr. 1 b (formålsbegrensning)',
    description: {
      nb: 'Innsyn i et navngitt barns tidslinje krever et oppgitt formål som gjelder oppfølging av barnet. Statistikk bygger på anonymiserte data og gir ikke innsyn her.',
      en: 'Viewing a named child’s timeline requires a stated purpose that concerns following up the child. Statistics use anonymised data and get no access here.',
    },
  },
  {
    id: 'R1-child-welfare-case',
    kind: 'child-welfare-case',
    categories: ['child-welfare-case'],
    viewerFamilies: ['child-welfare'],
    relationRoles: CHILD_WELFARE_RELATION_ROLES,
    legalSource: 'barnevernsloven kap. 13 (paragraf bekreftes på Lovdata)',
    description: {
      nb: 'Innhold i en barnevernssak vises bare for ansatte med tjenstlig behov i den barneverntjenesten som eier saken, og en meldende tjeneste ser bare sin egen oppføring om at den meldte. For alle andre er oppføringen skjult, også at den finnes. At ikke noe samtykke åpner den, er Stafetts regel, ikke lovens.',
      en: 'Child-welfare case content is shown only to staff with a need to know in the owning child-welfare unit; a reporting service sees only its own record that it reported. For everyone else the entry is hidden, including the fact that it exists. That no consent opens it is Stafett’s rule, not the law’s.',
    },
  },
  {
    id: 'R2-statutory-feedback',
    kind: 'statutory-feedback',
    categories: ['child-welfare-feedback'],
    senderFamilies: ['child-welfare'],
    relationRoles: CHILD_WELFARE_RELATION_ROLES,
    legalSource: 'barnevernsloven kap. 13, tilbakemelding til melder (paragraf bekreftes på Lovdata)',
    description: {
      nb: 'Lovpålagt tilbakemelding fra barnevernet vises bare for melderens enhet (ansatte med tjenstlig behov) og for barneverntjenesten som sendte den. Alle andre ser ingenting.',
      en: 'Statutory feedback from child welfare is shown only to the reporter’s unit (staff with a need to know) and to the child-welfare unit that sent it. Nobody else sees anything.',
    },
  },
  {
    id: 'R3-own-service',
    kind: 'own-service',
    relationRoles: RELATION_ROLES,
    withoutRelation: 'redacted',
    legalSource: 'forvaltningsloven § 13; helsepersonelloven § 21 a (tjenstlig behov)',
    description: {
      nb: 'Egen tjeneste: ansatte i enheten som eier oppføringen ser innholdet når de er tildelt barnet, er stafettholder i saken eller er leder. Andre ansatte i enheten ser bare at oppføringen finnes.',
      en: 'Own service: staff of the owning unit see the content when assigned to the child, stafettholder of the case, or leader. Other staff of the unit see only that the entry exists.',
    },
  },
  {
    id: 'R4-health',
    kind: 'compartment',
    ownerFamilies: ['health'],
    categories: ['health'],
    participantWithoutConsent: 'redacted',
    markedSensitiveStaysHidden: false,
    legalSource: 'helsepersonelloven § 21 og § 22 (samtykke); pasient- og brukerrettighetsloven § 4-3 (barn fra 16 år samtykker selv)',
    description: {
      nb: 'Helseopplysninger forlater ikke helsetjenesten uten et gyldig samtykke som nevner mottakerens tjeneste og kategorien. Deltakere i saken ser at oppføringen finnes.',
      en: 'Health information never leaves the health service without a consent in force naming the recipient’s service and the category. Participants in the case see that the entry exists.',
    },
  },
  {
    id: 'R5-nav',
    kind: 'compartment',
    ownerFamilies: ['nav'],
    categories: ['nav'],
    participantWithoutConsent: 'redacted',
    markedSensitiveStaysHidden: false,
    legalSource: 'NAV-loven § 7; sosialtjenesteloven § 44 (de kommunale tjenestene i NAV)',
    description: {
      nb: 'Opplysninger fra NAV deles bare med samtykke som nevner mottakerens tjeneste og kategorien (NAV-loven § 7, og sosialtjenesteloven § 44 for de kommunale tjenestene i NAV, er snevrere enn forvaltningsloven § 13 b). Deltakere i saken ser at oppføringen finnes.',
      en: 'NAV information is shared only with a consent naming the recipient’s service and the category (NAV Act § 7, and the Social Services Act § 44 for the municipal services in NAV, are narrower than the Public Administration Act § 13 b). Participants see that the entry exists.',
    },
  },
  {
    id: 'R6-police',
    kind: 'compartment',
    ownerFamilies: ['police'],
    categories: ['police'],
    participantWithoutConsent: 'hidden',
    markedSensitiveStaysHidden: true,
    legalSource: 'politiregisterloven §§ 23-24; § 23 annet ledd (opplysninger som kan skade en etterforskning)',
    description: {
      nb: 'Opplysninger fra politiet og SLT deles bare med samtykke som nevner mottakerens tjeneste og kategorien. Uten samtykke er oppføringen skjult også for deltakere, så deling ikke kan skade en etterforskning. Det politiet har merket som etterforskningssensitivt, frigis aldri av et samtykke; bare politiet kan frigi det.',
      en: 'Police and SLT information is shared only with a consent naming the recipient’s service and the category. Without one the entry is hidden even from participants, so that sharing cannot harm an investigation. What the police marked as sensitive to an investigation is never released by a consent; only the police can release it.',
    },
  },
  {
    id: 'R7-child-welfare-other',
    kind: 'compartment',
    ownerFamilies: ['child-welfare'],
    categories: [],
    participantWithoutConsent: 'redacted',
    markedSensitiveStaysHidden: false,
    legalSource: 'barnevernsloven kap. 13 (paragraf bekreftes på Lovdata); forvaltningsloven § 13 a nr. 1',
    description: {
      nb: 'Andre oppføringer fra barnevernet (når barnevernet deltar i et BTI-samarbeid) deles bare med samtykke som nevner mottakerens tjeneste og kategorien. Deltakere i saken ser at oppføringen finnes.',
      en: 'Other entries from child welfare (when it takes part in BTI cooperation) are shared only with a consent naming the recipient’s service and the category. Participants see that the entry exists.',
    },
  },
  {
    id: 'R8-coordination',
    kind: 'coordination',
    categories: ['coordination'],
    legalSource: 'forvaltningsloven § 13 a nr. 1 (samtykke ved tilslutning)',
    description: {
      nb: 'Koordineringsoppføringer (nivå, stafettholder, neste møte, deltakende tjenester) vises for deltakende tjenester med samtykke som dekker dem. Uten slikt samtykke ser deltakerne bare at oppføringen finnes.',
      en: 'Coordination entries (level, stafettholder, next meeting, participating services) are shown to participating services with a consent covering them. Without one, participants see only that the entry exists.',
    },
  },
  {
    id: 'R9-other-service',
    kind: 'other-service',
    participantWithoutConsent: 'redacted',
    legalSource: 'forvaltningsloven § 13 og § 13 a nr. 1',
    description: {
      nb: 'Andre opplysninger fra en annen tjeneste vises med samtykke som dekker mottaker, kategori og formål. Deltakere i saken ser at oppføringen finnes; andre ser ingenting.',
      en: 'Other information from another service is shown with a consent covering recipient, category and purpose. Participants in the case see that the entry exists; others see nothing.',
    },
  },
  {
    id: 'R10-default-deny',
    kind: 'default-deny',
    legalSource: 'GDPR art. 5 nr. 1 f (konfidensialitet)',
    description: {
      nb: 'Det som ingen regel over har avgjort, er skjult.',
      en: 'Whatever no rule above decided stays hidden.',
    },
  },
];
