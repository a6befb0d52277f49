import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { checkNationalId, NationalIdHasher, type LookupHash } from '@stafett/identity';
import { FieldProblems, InvalidCommandError, isUuid, osloDate, type Principal } from '@stafett/kernel';
import { ChildIndexReader, childStreamId, type ChildRegistered } from '@stafett/organisation';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import type { ReportChild } from '../domain/report.commands';
import type { BekymringsmeldingV2, OffentligBarn, PrivatBekymringsmeldingV2 } from '../format/bekymringsmelding.types';
import { reportRefusal } from './report-request';

/** A registered child the caller's unit may act for today, and the keyed hash of its own number (or, unborn, its mother's). */
interface RegisteredChild {
  readonly childId: string;
  readonly homeMunicipality: string;
  readonly ownLookup: LookupHash;
  readonly unborn: boolean;
}

export interface DocumentChildren {
  /** One per child in the document, in its order. */
  readonly children: readonly ReportChild[];
  /** The identified children, each once. */
  readonly childIds: readonly string[];
}

/**
 * The children a KS offentlig document names, found by their national ids (KS's `fnr`; for an unborn
 * child, `ufoedt`, the mother's): the document is the authority on whom a report concerns, never a
 * `childId` sent beside it. A number is checked (check digits, a birth date not in the future;
 * synthetic test numbers outside production only) and looked up by its keyed hash; only a registered
 * child whose own number (or mother's, unborn) it is, in a municipality the caller's unit serves
 * today, counts. Field names follow the request: `document.offentligBarn[i].fnr`, `childId`.
 */
@Injectable()
export class ReportChildren {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly index: ChildIndexReader,
    private readonly hasher: NationalIdHasher,
    private readonly access: MunicipalityAccess,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mode'>,
  ) {}

  /**
   * `required`: every born child must be found (a unit files about a child it works with); otherwise
   * (intake registering a police report) a child not registered in Stafett stays unidentified.
   * `childId`: when the request names the child too, it must be the one child the document names.
   */
  async fromDocument(barn: readonly OffentligBarn[], principal: Principal, now: Date, options: { required: boolean; childId?: string }): Promise<DocumentChildren> {
    const problems = new FieldProblems();
    const hashes = barn.map((child, i) => this.lookupOf(child, `document.offentligBarn[${i}].fnr`, now, problems));
    problems.throwIfAny('ReceiveReport');

    if (options.childId !== undefined) return this.named(barn, hashes, principal, now, options.childId);

    const children: ReportChild[] = [];
    for (const [i, hash] of hashes.entries()) {
      const unborn = barn[i].ufoedt;
      const found = hash === undefined ? undefined : await this.findByOwnNumber(hash, unborn, principal, now);
      if (!found && options.required && !unborn) {
        problems.add(
          `document.offentligBarn[${i}].fnr`,
          'no registered child the unit serves has this number',
          'Fant ikke barnet med dette fødselsnummeret blant barna enheten kan melde om. Registrer barnet først.',
        );
      }
      children.push(found ? { childId: found.childId, unborn } : { unborn });
    }
    problems.throwIfAny('ReceiveReport');
    return { children, childIds: [...new Set(children.flatMap((child) => (child.childId ? [child.childId] : [])))] };
  }

  /**
   * The children of a report intake registers. An offentlig document's come from its national ids
   * (those not registered in Stafett stay unidentified), and `childIds`, when given, must be exactly
   * those; a privat document has none, so intake names them (`childIds`, at most one per child of the
   * document, in its order).
   */
  async forRegistration(value: BekymringsmeldingV2, given: readonly string[] | undefined, principal: Principal, now: Date): Promise<DocumentChildren> {
    if (value.variant === 'privat') return this.namedPrivat(value.document, given ?? [], principal, now);
    const found = await this.fromDocument(value.document.offentligBarn, principal, now, { required: false });
    if (given !== undefined && [...new Set(given.map((id) => id.toLowerCase()))].sort().join() !== [...found.childIds].sort().join()) {
      throw new InvalidCommandError('RegisterReport', [
        { field: 'childIds', message: 'not the children the document names', userMessage: 'Barna (childIds) er ikke barna meldingen gjelder: barna hentes fra fødselsnumrene i meldingen.' },
      ]);
    }
    return found;
  }

  /** Every identified child lives in the document's municipality. */
  async assertHomeMunicipality(childIds: readonly string[], kommunenummer: string): Promise<void> {
    const homes = new Map(await Promise.all(childIds.map(async (id) => [id, (await this.registered(id))?.homeMunicipality] as const)));
    if (childIds.some((id) => homes.get(id) !== kommunenummer)) {
      throw new InvalidCommandError('ReceiveReport', [
        { field: 'document.kommunenummer', message: 'must be the children’s home municipality', userMessage: 'Kommunenummeret i meldingen må være barnets hjemkommune.' },
      ]);
    }
  }

  private async namedPrivat(document: PrivatBekymringsmeldingV2, given: readonly string[], principal: Principal, now: Date): Promise<DocumentChildren> {
    if (given.length > Math.max(document.privatBarn.length, 1)) {
      throw new InvalidCommandError('RegisterReport', [
        { field: 'childIds', message: 'more children than the document names', userMessage: 'Det er oppgitt flere barn (childIds) enn meldingen gjelder.' },
      ]);
    }
    const childIds: string[] = [];
    for (const id of given) childIds.push((await this.served(id, principal, now)).childId);
    const named = Math.max(document.privatBarn.length, childIds.length, 1);
    const children: ReportChild[] = Array.from({ length: named }, (_, i) => (childIds[i] ? { childId: childIds[i], unborn: false } : { unborn: false }));
    return { children, childIds: [...new Set(childIds)] };
  }

  /** The `childId` beside the document: the one child it names, or a 400 naming `childId`. */
  private async named(barn: readonly OffentligBarn[], hashes: ReadonlyArray<LookupHash | undefined>, principal: Principal, now: Date, childId: string): Promise<DocumentChildren> {
    const child = await this.served(childId, principal, now);
    const mismatch = (message: string, userMessage: string) => new FieldProblems().add('childId', message, userMessage);
    if (barn.length !== 1) {
      mismatch('the document names several children', 'Meldingen gjelder flere barn: barna hentes fra meldingen, så utelat childId.').throwIfAny('ReceiveReport');
    }
    if (hashes[0] !== child.ownLookup || barn[0].ufoedt !== child.unborn) {
      mismatch('not the child the document names', 'Barnet (childId) er ikke barnet meldingen gjelder.').throwIfAny('ReceiveReport');
    }
    return { children: [{ childId: child.childId, unborn: child.unborn }], childIds: [child.childId] };
  }

  private lookupOf(child: OffentligBarn, field: string, now: Date, problems: FieldProblems): LookupHash | undefined {
    // An unborn child may be reported before anyone knows the mother's number.
    if (child.ufoedt && child.fnr === '') return undefined;
    const check = checkNationalId(child.fnr, { allowSynthetic: this.config.mode !== 'production' });
    if (!check.ok) {
      problems.add(field, check.error.message, check.error.userMessage);
      return undefined;
    }
    if (!child.ufoedt && check.nationalId.birthDate > osloDate(now)) {
      problems.add(field, 'the birth date is in the future', 'Fødselsdatoen i fødselsnummeret er frem i tid.');
      return undefined;
    }
    return this.hasher.hash(check.nationalId.value);
  }

  private async findByOwnNumber(hash: LookupHash, unborn: boolean, principal: Principal, now: Date): Promise<RegisteredChild | undefined> {
    for (const candidate of await this.index.findByLookupHash(hash)) {
      const child = await this.registered(candidate.childId);
      if (child && child.ownLookup === hash && child.unborn === unborn && (await this.access.mayActFor(principal, child.homeMunicipality, now))) return child;
    }
    return undefined;
  }

  /** A registered child the caller's unit serves today; an unknown one, a malformed id and one elsewhere get the same 403. */
  private async served(childId: string, principal: Principal, now: Date): Promise<RegisteredChild> {
    const child = isUuid(childId) ? await this.registered(childId.toLowerCase()) : undefined;
    if (!child || !(await this.access.mayActFor(principal, child.homeMunicipality, now))) throw reportRefusal();
    return child;
  }

  private async registered(childId: string): Promise<RegisteredChild | undefined> {
    const events = await this.store.readStream(childStreamId(childId));
    const registration = events.find((event) => event.type === 'ChildRegistered') as unknown as ChildRegistered | undefined;
    if (!registration) return undefined;
    const { subject, homeMunicipality } = registration.data;
    const ownLookup = subject.kind === 'born' ? subject.nationalIdLookup : subject.motherNationalIdLookup;
    return { childId: childId.toLowerCase(), homeMunicipality, ownLookup, unborn: subject.kind === 'unborn' };
  }
}
