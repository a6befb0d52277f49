export * from './runtime/projection';
export * from './runtime/projection-rebuild';
export * from './stream-catalogue/stream-catalogue.entity';
export * from './stream-catalogue/stream-catalogue.projection';
export * from './stream-catalogue/stream-catalogue.query';
export { CreateStreamCatalogue1732000000001 } from './stream-catalogue/migrations/1732000000001-create-stream-catalogue';
