import { osloDate } from '@stafett/kernel';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import { DEMO_ORGANISATION_CONFIG_PATH, loadOrganisationConfig } from '../config/organisation-config.loader';
import { organisationRulesFor, syncOrganisation } from '../config/organisation-config.sync';
import { createOrganisationDecider } from '../domain/organisation.decide';
import { OrganisationCommands } from './organisation-commands.service';

/**
 * Brings the organisation up to the configuration file at start-up (`ORGANISATION_CONFIG`; in
 * development the demo organisation). Idempotent: an unchanged file appends nothing, so the demo
 * is seeded once.
 */
@Injectable()
export class OrganisationConfigBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrganisationConfigBootstrap.name);

  constructor(
    private readonly commands: OrganisationCommands,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.organisationConfigFile ?? (this.config.mode === 'development' ? DEMO_ORGANISATION_CONFIG_PATH : undefined);
    if (!file) return;
    const organisation = await loadOrganisationConfig(file);
    const decider = createOrganisationDecider(organisationRulesFor(organisation));
    const now = new Date();
    let conflicts = 0;
    const events = await this.commands.appendDecided({ userId: 'system:organisation-config' }, now, (state) => {
      const result = syncOrganisation(decider, state, organisation, osloDate(now));
      conflicts = result.conflicts.length;
      return result.events;
    });
    this.logger.log(`organisation configuration: ${events.length} change(s) applied, ${conflicts} conflict(s)`);
  }
}
