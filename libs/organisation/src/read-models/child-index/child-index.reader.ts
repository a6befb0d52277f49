import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LookupHash } from '@stafett/identity';

export interface IndexedChild {
  readonly childId: string;
  readonly homeMunicipality: string;
}

/**
 * Reads the child index. Eventually consistent: a registration shows up once the projection has
 * applied it (normally within the subscription's poll interval).
 */
@Injectable()
export class ChildIndexReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Children whose own, mother's or guardian's number has this keyed hash, oldest registration first. */
  async findByLookupHash(hash: LookupHash): Promise<IndexedChild[]> {
    const rows: Array<{ child_id: string; home_municipality: string }> = await this.dataSource.query(
      `SELECT child_id, home_municipality FROM child_index
        WHERE lookup_hashes @> ARRAY[$1]::text[]
        ORDER BY registered_at, child_id`,
      [hash],
    );
    return rows.map((row) => ({ childId: row.child_id, homeMunicipality: row.home_municipality }));
  }
}
