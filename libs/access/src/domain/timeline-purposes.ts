import type { AccessPurpose } from './timeline-entry';

/** Norwegian names of the purposes, for the access report; a `Record` so a new purpose must be named. */
export const PURPOSE_NAMES_NB: Readonly<Record<AccessPurpose, string>> = {
  coordination: 'Samordning av tjenester',
  'follow-up': 'Oppfølging',
  registration: 'Registrering',
  statistics: 'Statistikk',
};
