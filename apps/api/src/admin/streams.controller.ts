import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Roles } from '@stafett/auth';
import { listStreams } from '@stafett/projections';
import { ListStreamsQueryDto } from './list-streams.query.dto';

/** Operators' view of the event store: which streams exist, how long they are, when they changed. */
@Controller('api/v1/admin/streams')
@Roles('administrator')
export class StreamsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() query: ListStreamsQueryDto) {
    const limit = query.limit ?? 100;
    const rows = await listStreams(this.dataSource, { streamType: query.type, afterStreamId: query.after, limit });
    return {
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
