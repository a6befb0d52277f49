import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { accessRuleFor } from './access-rule';

/**
 * Lists, at start-up, every route that states no usable access rule. The AuthGuard refuses such
 * routes anyway; this makes the developer mistake visible before the first request hits it.
 */
@Injectable()
export class RouteAccessAudit implements OnApplicationBootstrap {
  private readonly logger = new Logger(RouteAccessAudit.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    for (const problem of this.misconfiguredRoutes()) this.logger.warn(problem);
  }

  misconfiguredRoutes(): string[] {
    const problems: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null;
      if (!controller?.prototype) continue;
      for (const name of this.scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const rule = accessRuleFor(this.reflector, handler, controller);
        if (rule.kind === 'misconfigured') {
          problems.push(`Route ${controller.name}.${name} ${rule.why}; every request to it will be refused.`);
        }
      }
    }
    return problems;
  }
}
