import type { ReporterCategory } from '../domain/reporter-category';
import type { BekymringsmeldingV2 } from './bekymringsmelding.types';

/**
 * The statistics category of a KS document's reporter, read from what the document says about
 * them: for a public reporter (`offentligMelder`) the role and the organisation's name (a health
 * nurse at a health clinic, a midwife, a teacher at a school, the police); for a private reporter the
 * relation to the child written beside each child (mother, father, the child itself). Undefined when
 * the document does not tell, or tells two things: then intake must say (`reporterCategory`).
 * Words are matched whole, in lower case, on Norwegian bokmål and nynorsk forms.
 */

/** Words that start a word of the text (so `lærer` also finds `lærerne`, but `lege` not `privilegert`). */
const words = (...list: string[]): RegExp => new RegExp(`(^|[^a-zæøå])(${list.join('|')})`);
/** Whole words only (`mor`, but not `mormor`). */
const wholeWords = (...list: string[]): RegExp => new RegExp(`(^|[^a-zæøå])(${list.join('|')})($|[^a-zæøå])`);

const PUBLIC_WORDS: ReadonlyArray<readonly [ReporterCategory, RegExp]> = [
  ['helsestasjon-skolehelsetjeneste', words('helsesykepleier', 'helsesøster', 'helsestasjon', 'skolehelsetjeneste', 'jordmor', 'jordmødre', 'jordmortjeneste')],
  ['barnehage', words('barnehage', 'pedagogisk leder', 'styrer')],
  ['skole', words('lærer', 'kontaktlærer', 'rektor', 'skole', 'sfo')],
  ['lege', words('lege', 'fastlege', 'legevakt', 'sykehus', 'sjukehus', 'barneavdeling')],
  ['politi', words('politi', 'lensmann', 'slt')],
  ['nav', words('nav')],
  ['ppt', words('ppt', 'pedagogisk-psykologisk')],
  ['bup', words('bup', 'psykiatri', 'psykisk helse', 'psykolog')],
  ['barnevernvakt', words('barnevernvakt')],
];

const PRIVATE_WORDS: ReadonlyArray<readonly [ReporterCategory, RegExp]> = [
  ['barnet-selv', wholeWords('meg selv', 'barnet selv', 'eg sjølv', 'meg sjølv')],
  ['foreldre', wholeWords('mor', 'far', 'mamma', 'pappa', 'forelder', 'foreldre', 'stemor', 'stefar', 'moren', 'faren')],
];

function onlyMatch(text: string, words: ReadonlyArray<readonly [ReporterCategory, RegExp]>): ReporterCategory | undefined {
  const lower = text.toLowerCase();
  const found = new Set(words.filter(([, pattern]) => pattern.test(lower)).map(([category]) => category));
  return found.size === 1 ? [...found][0] : undefined;
}

export function reporterCategoryOfDocument(value: BekymringsmeldingV2): ReporterCategory | undefined {
  if (value.variant === 'offentlig') {
    const melder = value.document.offentligMelder;
    // The role decides; the organisation's name only when the role does not tell (a "rådgiver" at a health clinic).
    return onlyMatch(melder.rolle, PUBLIC_WORDS) ?? onlyMatch(melder.virksomhet.navn, PUBLIC_WORDS);
  }
  const relations = value.document.privatBarn.map((child) => child.relasjon ?? '').join(' ');
  return onlyMatch(relations, PRIVATE_WORDS);
}
