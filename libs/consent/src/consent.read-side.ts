import type { ReadSide } from '@stafett/projections';
import { ConsentRegisterProjection } from './read-models/consent-register/consent-register.projection';
import { CreateConsentRegister1732000000600 } from './read-models/consent-register/migrations/1732000000600-create-consent-register';

/** Consent's read model (the consent register) and its table. */
export const consentReadSide: ReadSide = {
  projections: [new ConsentRegisterProjection()],
  migrations: [CreateConsentRegister1732000000600],
};
