import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per stream: what kind it is, how far it has come, when it last changed. */
@Entity({ name: 'stream_catalogue' })
export class StreamCatalogueEntry {
  @PrimaryColumn({ name: 'stream_id', type: 'text' })
  streamId: string;

  @Index()
  @Column({ name: 'stream_type', type: 'text' })
  streamType: string;

  @Column({ type: 'bigint' })
  version: string;

  @Column({ name: 'event_count', type: 'bigint' })
  eventCount: string;

  @Column({ name: 'last_event_type', type: 'text' })
  lastEventType: string;

  @Column({ name: 'first_event_at', type: 'timestamptz' })
  firstEventAt: Date;

  @Column({ name: 'last_event_at', type: 'timestamptz' })
  lastEventAt: Date;
}
