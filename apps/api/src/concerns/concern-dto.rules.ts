import { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '@stafett/concern/domain/concern.validation';

// Shapes and lengths only; the domain checks the rest (dates in order, texts not blank) and answers
// with the same field names. Messages describe the rule, never the value: free texts are personal data.
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH };

export const text = { message: 'Feltet må være tekst.' };
export const long = { message: `Teksten kan ha høyst ${MAX_TEXT_LENGTH} tegn.` };
export const short = { message: `Teksten kan ha høyst ${MAX_SHORT_TEXT_LENGTH} tegn.` };
export const date = { message: 'Datoen må skrives ÅÅÅÅ-MM-DD.' };
export const entityId = { message: 'Id-en kan bare inneholde bokstaver (a-z), siffer, punktum, kolon, understrek og bindestrek.' };
export const list = { message: `Listen kan ha høyst ${MAX_LIST_LENGTH} punkter.` };
export const yesNo = { message: 'Svar ja eller nei (true eller false).' };
