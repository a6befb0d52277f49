import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenProblem, MunicipalityAccess, type Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { childDecider } from '@stafett/organisation/domain/child.decide';
import { childStreamId, type ChildEvent } from '@stafett/organisation/domain/child.events';

const CHILD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the caller may see anything about a named child at all. */
export interface ChildGate {
  /** The child's id in canonical form; throws the one 403 for an unknown child and a child not served. */
  assertServed(principal: Principal, childId: string, at: Date): Promise<string>;
}

/**
 * The caller's unit must serve the child's home municipality at that moment. The child's own stream
 * is the authority (not an eventually consistent index), as in ReadChildHandler; an unknown child,
 * a malformed id and a child of another municipality all get the same 403.
 */
@Injectable()
export class ServedChildGate implements ChildGate {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: MunicipalityAccess,
    private readonly dataSource: DataSource,
  ) {}

  async assertServed(principal: Principal, childId: string, at: Date): Promise<string> {
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('child unknown, or not served by the unit');
    if (!CHILD_ID.test(childId)) throw refusal();
    const id = childId.toLowerCase();
    const events = await this.store.readStream(childStreamId(id));
    const state = events.reduce((s, e) => childDecider.evolve(s, e as unknown as ChildEvent), childDecider.initialState());
    if (state.status !== 'registered') throw refusal();
    // A unit from another municipality that takes part in one of the child's cases (a stafettholder
    // at a school across the border, a regional BUP) may ask too; the policy still decides each entry.
    if (!(await this.access.mayActFor(principal, state.homeMunicipality, at)) && !(await this.takesPart(principal.unitId, id))) throw refusal();
    return id;
  }

  private async takesPart(unitId: string, childId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM case_worklist
        WHERE lower(child_id) = $1 AND status = 'open'
          AND (owning_unit = $2 OR stafettholder_unit = $2 OR $2 = ANY (participating_units))
        LIMIT 1`,
      [childId, unitId],
    );
    return rows.length > 0;
  }
}
