import { Module } from '@nestjs/common';
import { FindChildrenHandler } from './application/children/find-children.handler';
import { ReadChildHandler } from './application/children/read-child.handler';
import { RegisterChildHandler } from './application/children/register-child.handler';
import { OrganisationModule } from './organisation.module';
import { ChildIndexReader } from './read-models/child-index/child-index.reader';

/**
 * Children: registration, look-up by national id, reading one child. Needs the global providers of
 * the event store, the platform (APP_CONFIG, the read-side DataSource), `PersonalDataModule`
 * (vault and hasher) and `AuthModule` (MunicipalityAccess).
 */
@Module({
  imports: [OrganisationModule],
  providers: [RegisterChildHandler, FindChildrenHandler, ReadChildHandler, ChildIndexReader],
  exports: [RegisterChildHandler, FindChildrenHandler, ReadChildHandler],
})
export class ChildrenModule {}
