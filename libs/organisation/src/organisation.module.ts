import { Module } from '@nestjs/common';
import { OrganisationConfigBootstrap } from './application/organisation-config.bootstrap';
import { DEFAULT_ORGANISATION_RULES, ORGANISATION_RULES, OrganisationCommands } from './application/organisation-commands.service';
import { OrganisationDirectory } from './application/organisation-directory';
import { OrganisationViewReader } from './read-models/organisation-view/organisation-view.reader';

/** The organisation: commands, the start-up configuration, the read side and the practitioner directory. */
@Module({
  providers: [
    { provide: ORGANISATION_RULES, useValue: DEFAULT_ORGANISATION_RULES },
    OrganisationCommands,
    OrganisationViewReader,
    OrganisationDirectory,
    OrganisationConfigBootstrap,
  ],
  exports: [OrganisationCommands, OrganisationViewReader, OrganisationDirectory],
})
export class OrganisationModule {}
