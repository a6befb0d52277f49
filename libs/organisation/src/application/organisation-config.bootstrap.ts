import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import { organisationRulesFor, syncOrganisation } from '../domain/organisation-config.sync';
import { createOrganisationDecider } from '../domain/organisation.decide';
import { DEMO_ORGANISATION_CONFIG_PATH, loadOrganisationConfig } from '../infrastructure/organisation-config.loader';
import { OrganisationCommandRunner } from './organisation-command-runner';

/**
 * Brings the organisation up to the configuration file at start-up (`ORGANISATION_CONFIG`; in
 * development the demo organisation). Idempotent: an unchanged file appends nothing, so the demo
 * is seeded once.
 */
@Injectable()
export class OrganisationConfigBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrganisationConfigBootstrap.name);

  constructor(
    private readonly organisation: OrganisationCommandRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.organisationConfigFile ?? (this.config.mode === 'development' ? DEMO_ORGANISATION_CONFIG_PATH : undefined);
    if (!file) return;
    const organisation = await loadOrganisationConfig(file);
    const decider = createOrganisationDecider(organisationRulesFor(organisation));
    const now = this.clock.now();
    let conflicts = 0;
    const events = await this.organisation.appendDecided(
      (state) => {
        const result = syncOrganisation(decider, state, organisation, osloDate(now));
        conflicts = result.conflicts.length;
        return result.events;
      },
      { userId: 'system:organisation-config' },
      now,
    );
    this.logger.log(`organisation configuration: ${events.length} change(s) applied, ${conflicts} conflict(s)`);
  }
}
