import { Module } from '@nestjs/common';
import { FindChildrenHandler as FindChildrenTransitional } from './application/children/find-children.handler';
import { RegisterChildHandler } from './application/commands/register-child/register-child.handler';
import { FindChildrenHandler } from './application/queries/find-children/find-children.handler';
import { OrganisationModule } from './organisation.module';
import { ChildIndexReader } from './read-models/child-index/child-index.reader';

/**
 * Children: registration and look-up by national id. Reading a child is the disclosure module's
 * (libs/access), which alone may decrypt a registration for an answer. Needs the global providers of
 * the event store, the platform (APP_CONFIG, CLOCK, the read-side DataSource), `PersonalDataModule`
 * (vault and hasher) and `AuthModule` (MunicipalityAccess).
 */
@Module({
  imports: [OrganisationModule],
  providers: [RegisterChildHandler, FindChildrenHandler, FindChildrenTransitional, ChildIndexReader],
  exports: [FindChildrenHandler, FindChildrenTransitional],
})
export class ChildrenModule {}
