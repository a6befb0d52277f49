import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import type { ConsentFacts, InformationCategory } from '../../libs/access/src/domain/timeline-entry';
import { offentligReportFor } from '../support/ks-documents';
import type { TestApp, TestClock } from '../support/test-app';
import type { HistoryFacts, MarkerFact } from './leak-facts';
import { CHILD_WELFARE, UNITS, type EntryKind, type HistoryPlan, type LeakUnit } from './leak-world';

/**
 * A national id of its own for every history (one child, one id: a repeated number would give the
 * history another's child): a birth date in the last 13 years, so the child is below the consent
 * age even after the run has moved the clock on, and individual numbers in slots of 50.
 */
function childNationalId(index: number): string {
  const youngest = Date.now() - 400 * 86_400_000;
  const born = new Date(youngest - (index % 4300) * 86_400_000).toISOString().slice(0, 10);
  return syntheticNationalId(born, 500 + 50 * (Math.floor(index / 4300) % 10));
}

/** Writes one history through the real HTTP API, recording what the answers say happened. */
export class HistoryWriter {
  private markerCount = 0;
  readonly facts: HistoryFacts;
  private readonly owner: LeakUnit;
  private nationalId = '';

  constructor(
    private readonly app: TestApp,
    private readonly tokens: ReadonlyMap<string, string>,
    private readonly clock: TestClock,
    private readonly plan: HistoryPlan,
    index: number,
  ) {
    this.owner = UNITS[plan.owner];
    this.facts = { index, childId: '', caseId: '', ownerUnitId: this.owner.unitId, joined: new Set(), personal: new Set(), consents: [], markers: new Map(), written: 0, refused: [] };
  }

  /** A unique text no response may carry unless the oracle allows it. */
  private marker(fact: MarkerFact): string {
    const marker = `mrk${this.facts.index.toString(36)}x${(this.markerCount++).toString(36)}q`;
    this.facts.markers.set(marker, fact);
    return marker;
  }

  private entryMarker(unit: LeakUnit, category: InformationCategory, sensitive = false): string {
    return this.marker({ kind: 'entry', entry: { ownerUnitId: unit.unitId, category, investigationSensitive: sensitive } });
  }

  private post(actor: string, path: string, body: object) {
    return request(this.app.app.getHttpServer()).post(path).set('authorization', this.tokens.get(actor) as string).send(body);
  }

  /** Posts, and counts it as written by the actor when the application accepted it. */
  private async write(actor: string, path: string, body: object, what: string): Promise<request.Response | undefined> {
    const response = await this.post(actor, path, body);
    if (response.status >= 200 && response.status < 300) {
      this.facts.personal.add(actor);
      this.facts.written += 1;
      return response;
    }
    if (response.status >= 500) throw new Error(`${what}: ${response.status} ${response.text}`);
    this.facts.refused.push(what);
    return undefined;
  }

  private today(days = 0): string {
    return osloDate(new Date(this.clock.now().getTime() + days * 86_400_000));
  }

  /** Child, concern, conversation, the level-0 decision. */
  async open(): Promise<void> {
    const { owner, facts } = this;
    const nationalId = childNationalId(facts.index);
    const guardian = syntheticNationalId('1980-01-01', (facts.index * 7) % 400);
    this.nationalId = nationalId;
    const child = await this.post(owner.actor, '/api/v1/children', {
      subject: { kind: 'born', nationalId, name: this.marker({ kind: 'registration' }) },
      homeMunicipality: '5029',
      guardians: [{ nationalId: guardian, name: this.marker({ kind: 'registration' }), holdsParentalResponsibility: true }],
    });
    if (child.status !== 201) throw new Error(`registering the child: ${child.status} ${child.text}`);
    facts.childId = child.body.childId;
    const concern = await this.write(owner.actor, '/api/v1/concerns', {
      childId: facts.childId,
      kommunenummer: '5029',
      observations: `Sett ${this.entryMarker(owner, 'observation')}`,
      since: 'i høst',
      childsOwnWords: `Sa ${this.entryMarker(owner, 'observation')}`,
    }, 'concern');
    if (!concern) throw new Error('registering the concern was refused');
    facts.caseId = concern.body.caseId;
    const conversation = { heldOn: this.today(), participants: [`mor ${this.entryMarker(owner, 'observation')}`], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true };
    await this.write(owner.actor, `/api/v1/concerns/${facts.caseId}/conversation`, conversation, 'conversation');
    if (this.plan.decision === 'pending') return;
    const report = this.plan.decision === 'report';
    const reason = `Fordi ${this.entryMarker(owner, report ? 'child-welfare-case' : 'coordination')}`;
    const decision = report ? { outcome: 'report-to-child-welfare', reason } : { outcome: 'level-1', reason, stafettholderId: owner.actor };
    if (await this.write(owner.actor, `/api/v1/concerns/${facts.caseId}/level-zero-decision`, decision, 'decision')) {
      if (!report) Object.assign(facts, { holderId: owner.actor, holderUnitId: owner.unitId });
    }
  }

  /** The family's consents, recorded by the stafettholder (or the owner at level 0). Call once the case is projected. */
  async consents(): Promise<void> {
    const recorder = this.facts.holderId ?? this.owner.actor;
    const ownLog = { grantee: { unit: this.plan.owner }, categories: ['coordination'], purposes: [], decision: 'permit', expiresSoon: false } as const;
    const joining = this.plan.joins
      .filter((join) => join.consented)
      .map((join) => ({ grantee: { unit: join.unit }, categories: ['coordination', ...join.moreCategories] as InformationCategory[], purposes: join.purposes, decision: 'permit' as const, expiresSoon: join.expiresSoon }));
    const planned = this.plan.decision === 'level-1' ? [ownLog, ...joining, ...this.plan.consents] : this.plan.consents;
    for (const [index, consent] of planned.entries()) {
      const grantee = 'unit' in consent.grantee ? { unitId: UNITS[consent.grantee.unit].unitId } : { serviceType: consent.grantee.serviceType };
      const period = { from: this.today(), to: this.today(consent.expiresSoon ? 2 : 60) };
      const provision = { ...(consent.categories.length > 0 ? { categories: [...consent.categories] } : {}), ...(consent.purposes.length > 0 ? { purposes: [...consent.purposes] } : {}) };
      const consentIndex = this.facts.consents.length;
      const form = { kind: 'paper', verifiedBy: recorder, verifiedAt: this.today(), reference: `Ref ${this.marker({ kind: 'consent', consentIndex })}` };
      const body = { grantors: [{ kind: 'guardian', guardianIndex: 0 }], grantees: [grantee], decision: consent.decision, period, provision, form };
      const response = await this.write(recorder, `/api/v1/children/${this.facts.childId}/consents`, body, `consent ${index}`);
      const facts: ConsentFacts = { consentId: response?.body.consentId ?? `refused-${index}`, childId: this.facts.childId, decision: consent.decision, period, grantees: [grantee], provision };
      // A refused consent stays in the list so the marker indexes hold; it can cover nothing.
      this.facts.consents.push(response ? facts : { ...facts, grantees: [] });
    }
  }

  /** The log, level 2, services joining, entries, a handover, a report. Call once the consents are projected. */
  async work(): Promise<void> {
    const { facts, plan, owner } = this;
    if (plan.decision === 'level-1') {
      await this.write(owner.actor, `/api/v1/concerns/${facts.caseId}/stafettlogg`, {}, 'stafettlogg');
      const joining = plan.joins.map((join) => join.unit).filter((key) => UNITS[key].unitId !== owner.unitId);
      if (joining.length > 0 && (await this.write(owner.actor, `/api/v1/concerns/${facts.caseId}/level`, { to: 2, reason: `Løftes ${this.entryMarker(owner, 'coordination')}` }, 'level'))) {
        for (const key of joining) {
          const task = `Oppgave ${this.entryMarker(owner, 'coordination')}`;
          if (await this.write(owner.actor, `/api/v1/concerns/${facts.caseId}/participants`, { unitId: UNITS[key].unitId, task }, `join ${key}`)) facts.joined.add(UNITS[key].unitId);
        }
      }
      const joined = [...facts.joined].map((unitId) => Object.values(UNITS).find((unit) => unit.unitId === unitId) as LeakUnit);
      for (const entry of plan.entries) {
        const unit = entry.by === 'owner' || joined.length === 0 ? owner : joined[entry.by % joined.length];
        await this.entry(unit, entry.kind, entry.sensitive && unit.family === 'police');
      }
      if (plan.handoverTo !== undefined && joined.length > 0) {
        const to = joined[plan.handoverTo % joined.length];
        const proposal = { toPractitionerId: to.actor, familyWish: `Ønske ${this.entryMarker(owner, 'coordination')}` };
        if (await this.write(owner.actor, `/api/v1/concerns/${facts.caseId}/handover`, proposal, 'handover')) {
          if (await this.write(to.actor, `/api/v1/concerns/${facts.caseId}/handover/accept`, {}, 'accept')) Object.assign(facts, { holderId: to.actor, holderUnitId: to.unitId });
        }
      }
    }
    if (plan.fileReport) await this.fileReport();
  }

  private async entry(unit: LeakUnit, kind: EntryKind, sensitive: boolean): Promise<void> {
    const path = `/api/v1/concerns/${this.facts.caseId}`;
    const mark = (category: 'agreement' | 'measure' | 'meeting') => this.entryMarker(unit, category, sensitive);
    const flag = sensitive ? { investigationSensitive: true } : {};
    if (kind === 'agreement') await this.write(unit.actor, `${path}/agreements`, { text: `Avtale ${mark('agreement')}`, ...flag }, 'agreement');
    if (kind === 'goal') await this.write(unit.actor, `${path}/goals`, { description: `Mål ${mark('agreement')}`, ...flag }, 'goal');
    if (kind === 'meeting') {
      const meeting = { heldOn: this.today(), participants: ['mor'], decisions: [`Besluttet ${mark('meeting')}`], childsVoice: { kind: 'heard', said: `Barnet ${mark('meeting')}` }, ...flag };
      await this.write(unit.actor, `${path}/meetings`, meeting, 'meeting');
    }
    if (kind === 'measure') {
      const measure = { ownerUnitId: unit.unitId, responsiblePractitionerId: unit.actor, goal: `Tiltak ${mark('measure')}`, startsOn: this.today(), evaluationDates: [this.today(30)], ...flag };
      await this.write(unit.actor, `${path}/measures`, measure, 'measure');
    }
  }

  /** The owner files a report from the case (a statutory duty, no consent); child welfare confirms receipt. */
  private async fileReport(): Promise<void> {
    const { facts, owner } = this;
    const document = offentligReportFor(this.nationalId, { melding: `Melding ${this.marker({ kind: 'report' })}` });
    const filed = await this.write(owner.actor, '/api/v1/reports', { childId: facts.childId, caseId: facts.caseId, document }, 'report');
    if (!filed) return;
    facts.reportId = filed.body.reportId;
    await this.write(CHILD_WELFARE.actor, `/api/v1/reports/${facts.reportId}/receipt-confirmation`, {}, 'receipt');
  }

  /** Withdrawals, by the stafettholder on a guardian's behalf, effective at once. */
  async withdraw(): Promise<void> {
    const recorder = this.facts.holderId ?? this.owner.actor;
    for (const index of this.plan.withdraw) {
      const consent = this.facts.consents[index];
      if (!consent || consent.consentId.startsWith('refused-') || consent.withdrawnAt) continue;
      const response = await this.write(recorder, `/api/v1/children/${this.facts.childId}/consents/${consent.consentId}/withdrawal`, { onBehalfOf: { kind: 'guardian', guardianIndex: 0 } }, `withdraw ${index}`);
      if (response) this.facts.consents[index] = { ...consent, withdrawnAt: response.body.withdrawnAt };
    }
  }
}
