import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { initialOrganisationState, type OrganisationState } from '../../domain/organisation.state';
import { fromJson, type OrganisationStateJson } from './organisation-view.serialisation';

/**
 * Reads the organisation view. Asked on every authenticated request, so the parsed state is kept
 * and only re-read when the stored version moved (one small query per call).
 */
@Injectable()
export class OrganisationViewReader {
  private cached?: { version: string; state: OrganisationState };

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<OrganisationState> {
    const [row]: Array<{ version: string }> = await this.dataSource.query('SELECT version::text FROM organisation_view WHERE id = 1');
    if (!row) return initialOrganisationState();
    if (this.cached?.version === row.version) return this.cached.state;
    const [full]: Array<{ state: OrganisationStateJson; version: string }> = await this.dataSource.query(
      'SELECT state, version::text FROM organisation_view WHERE id = 1',
    );
    this.cached = { version: full.version, state: fromJson(full.state) };
    return this.cached.state;
  }

  /** The version of the organisation stream the view has reached (0 when empty). */
  async version(): Promise<bigint> {
    const [row]: Array<{ version: string }> = await this.dataSource.query('SELECT version::text FROM organisation_view WHERE id = 1');
    return row ? BigInt(row.version) : 0n;
  }
}
