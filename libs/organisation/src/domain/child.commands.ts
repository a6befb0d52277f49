import type { IsoDate } from '@stafett/kernel';

export interface GuardianInput {
  readonly nationalId: string;
  readonly name: string;
  /** Holds parental responsibility (foreldreansvar): decides consent for the child. */
  readonly holdsParentalResponsibility: boolean;
}

/** A born child is known by its own number; an unborn child (BTI covers pregnancy) through the mother's. */
export type ChildSubjectInput =
  | { readonly kind: 'born'; readonly nationalId: string; readonly name?: string }
  | { readonly kind: 'unborn'; readonly motherNationalId: string; readonly expectedDate: IsoDate };

export interface RegisterChild {
  readonly type: 'RegisterChild';
  /** A UUID chosen by the caller, so that a retried registration is the same registration. */
  readonly childId: string;
  readonly subject: ChildSubjectInput;
  /** The municipality the child lives in. */
  readonly homeMunicipality: string;
  readonly guardians: readonly GuardianInput[];
}

export type ChildCommand = RegisterChild;
