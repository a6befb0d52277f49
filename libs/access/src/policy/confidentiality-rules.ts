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
      /** Viewer families that may see it, in the owning unit only. */
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
    relationRoles: RELATION_ROLES,
    legalSource: 'barnevernsloven kap. 13 (paragraf bekreftes på Lovdata)',
    description: {
      nb: 'Innhold i en barnevernssak vises bare for ansatte i den barneverntjenesten som eier saken og som har tjenstlig behov. For alle andre er oppføringen skjult, også at den finnes.',
      en: 'Child-welfare case content is shown only to staff of the owning child-welfare unit with a need to know. For everyone else the entry is hidden, including the fact that it exists.',
    },
  },
  {
    id: 'R2-statutory-feedback',
    kind: 'statutory-feedback',
    categories: ['child-welfare-feedback'],
    senderFamilies: ['child-welfare'],
    relationRoles: RELATION_ROLES,
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
    legalSource: 'helsepersonelloven § 21 og § 22 (samtykke)',
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
    legalSource: 'NAV-loven § 7',
    description: {
      nb: 'Opplysninger fra NAV deles bare med samtykke som nevner mottakerens tjeneste og kategorien (NAV-loven § 7 er snevrere enn forvaltningsloven § 13 b). Deltakere i saken ser at oppføringen finnes.',
      en: 'NAV information is shared only with a consent naming the recipient’s service and the category (NAV Act § 7 is narrower than the Public Administration Act § 13 b). Participants see that the entry exists.',
    },
  },
  {
    id: 'R6-police',
    kind: 'compartment',
    ownerFamilies: ['police'],
    categories: ['police'],
    participantWithoutConsent: 'hidden',
    legalSource: 'politiregisterloven §§ 23-24',
    description: {
      nb: 'Opplysninger fra politiet og SLT deles bare med samtykke som nevner mottakerens tjeneste og kategorien. Uten samtykke er oppføringen skjult også for deltakere, så deling ikke kan skade en etterforskning.',
      en: 'Police and SLT information is shared only with a consent naming the recipient’s service and the category. Without one the entry is hidden even from participants, so that sharing cannot harm an investigation.',
    },
  },
  {
    id: 'R7-child-welfare-other',
    kind: 'compartment',
    ownerFamilies: ['child-welfare'],
    categories: [],
    participantWithoutConsent: 'redacted',
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
