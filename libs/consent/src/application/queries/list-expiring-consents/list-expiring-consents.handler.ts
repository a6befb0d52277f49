import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ChildCasesReader } from '@stafett/concern';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import type { ConsentRules } from '../../../domain/consent.values';
import { ConsentRegisterReader } from '../../../read-models/consent-register/consent-register.reader';
import { CONSENT_RULES } from '../../consent-request';
import { ListExpiringConsentsQuery, type ExpiringConsents } from './list-expiring-consents.query';

/** The cases come from concern's read port; the consents of their children from the consent register. */
@QueryHandler(ListExpiringConsentsQuery)
export class ListExpiringConsentsHandler implements IQueryHandler<ListExpiringConsentsQuery> {
  private readonly register: ConsentRegisterReader;

  constructor(
    dataSource: DataSource,
    private readonly cases: ChildCasesReader,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.register = new ConsentRegisterReader(dataSource);
  }

  async execute({ practitionerId, withinDays }: ListExpiringConsentsQuery): Promise<ExpiringConsents> {
    const today = osloDate(this.clock.now());
    const days = withinDays ?? this.rules.expiryWarningDays;
    return { today, withinDays: days, items: await this.register.expiringFor(await this.cases.openCasesHeldBy(practitionerId), today, days) };
  }
}
