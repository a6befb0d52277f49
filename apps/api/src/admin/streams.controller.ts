import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Roles } from '@stafett/auth';
import { ListStreamsQuery } from '@stafett/projections';
import { ListStreamsQueryDto } from './list-streams.query.dto';

/**
 * Stream types an administrator may see stream by stream: the organisation's own, which hold no fact
 * about a child. Every other stream (a child, its access log, a case, a consent, a report) is a fact
 * about a named child: its id, its length and its last event type would tell an operator that a
 * report exists or an investigation was extended (issue 10, finding 8). Those are counted per type only.
 */
export const STREAM_TYPES_LISTED_PER_STREAM: readonly string[] = ['organisation'];

/** Operators' view of the event store: totals per stream type, and the organisation's streams one by one. */
@Controller('api/v1/admin/streams')
@Roles('administrator')
export class StreamsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async list(@Query() query: ListStreamsQueryDto) {
    const limit = query.limit ?? 100;
    const listed = STREAM_TYPES_LISTED_PER_STREAM.filter((type) => query.type === undefined || type === query.type);
    const { streams: rows, totals } = await this.queries.execute(new ListStreamsQuery({ streamType: query.type, listedTypes: listed, afterStreamId: query.after, limit }));
    return {
      streamTypes: totals.map((t) => ({ streamType: t.streamType, streamCount: t.streamCount, eventCount: t.eventCount, lastEventAt: t.lastEventAt.toISOString() })),
      items: rows.map((row) => ({
        streamId: row.streamId,
        streamType: row.streamType,
        version: Number(row.version),
        eventCount: Number(row.eventCount),
        lastEventType: row.lastEventType,
        firstEventAt: row.firstEventAt.toISOString(),
        lastEventAt: row.lastEventAt.toISOString(),
      })),
      next: rows.length === limit ? rows[rows.length - 1].streamId : null,
    };
  }
}
