import { FORWARDS, type AllStreamRecordedEvent } from '@kurrent/kurrentdb-client';
import type { GlobalPosition } from '../port/global-position';
import type { KurrentDbClient } from './kurrentdb-client';
import { fromKurrentPosition, isAfter, toReadPosition } from './position-mapping';

export interface ScannedRecord {
  readonly position: GlobalPosition;
  readonly record: AllStreamRecordedEvent;
}

/**
 * Every record of `$all` strictly after `after`, in log order, system records included (callers
 * skip them but may move their position past them). Reads pages of `pageSize` and ends at the end
 * of the log. KurrentDB reads `$all` from a position inclusively, so each page drops the record it
 * starts at.
 */
export async function* scanAllAfter(
  client: KurrentDbClient,
  after: GlobalPosition,
  pageSize: number,
): AsyncGenerator<ScannedRecord> {
  const size = Math.max(2, Math.floor(pageSize));
  let pageStart = after;
  for (;;) {
    let returned = 0;
    let last = pageStart;
    const page = client.readAll({ fromPosition: toReadPosition(pageStart), maxCount: size, direction: FORWARDS, resolveLinkTos: false });
    for await (const resolved of page) {
      returned += 1;
      const record = resolved.event;
      if (!record) continue;
      const position = fromKurrentPosition(record.position, `a $all record of '${record.streamId}'`);
      if (!isAfter(position, last)) continue;
      last = position;
      yield { position, record };
    }
    if (returned < size) return;
    if (!isAfter(last, pageStart)) {
      throw new Error(`Reading KurrentDB's $all made no progress after position ${pageStart.commit}/${pageStart.prepare}`);
    }
    pageStart = last;
  }
}
