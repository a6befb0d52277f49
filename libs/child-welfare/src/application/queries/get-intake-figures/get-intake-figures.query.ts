import { Query } from '@nestjs/cqrs';
import type { Principal } from '@stafett/kernel';
import type { IntakeFigures } from '../../../read-models/report-clock/report-clock.reader';

/** The municipality and the period (Oslo dates of receipt, both inclusive) of the intake figures. */
export interface IntakeFiguresPeriod {
  readonly kommunenummer: string;
  readonly from: string;
  readonly to: string;
}

/** The compliance figures of one municipality the caller's child-welfare unit serves. */
export class GetIntakeFiguresQuery extends Query<IntakeFigures> {
  constructor(
    readonly period: IntakeFiguresPeriod,
    readonly principal: Principal,
  ) {
    super();
  }
}
