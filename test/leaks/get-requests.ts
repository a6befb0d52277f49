import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { apiRoutes, type ApiRoute } from '../support/api-routes';

/** A GET route with what a request to it may carry: its path parameters, and its query fields with values to try. */
export interface GetRoute extends ApiRoute {
  readonly params: readonly string[];
  /** Query field -> values to draw from (an `IsIn` list, or a sound value for a known field). */
  readonly query: Readonly<Record<string, readonly string[]>>;
}

/** Sound values for query fields that are not lists of choices. A field not here and not an `IsIn` is left out. */
const KNOWN_VALUES: Readonly<Record<string, (today: string) => readonly string[]>> = {
  purpose: () => ['coordination', 'follow-up', 'registration', 'statistics'],
  withinDays: () => ['30', '365'],
  limit: () => ['100'],
  kommunenummer: () => ['5029'],
  from: () => ['2020-01-01'],
  to: (today) => [today],
};

/**
 * Every GET route of the application (from Nest's controller metadata, api-routes.ts), with the
 * fields of its query DTO read from class-validator's metadata: a new route, or a new query field
 * with a list of choices, is walked without editing the test.
 */
export function getRoutes(app: INestApplication, today: string): GetRoute[] {
  const controllers = new Map<string, new (...args: never[]) => unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) if (wrapper.metatype) controllers.set(wrapper.metatype.name, wrapper.metatype as new (...args: never[]) => unknown);
  }
  return apiRoutes(app)
    .filter((route) => route.method === 'get')
    .map((route) => {
      const type = controllers.get(route.controller);
      return { ...route, params: [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]), query: type ? queryFields(type, route.handler, today) : {} };
    });
}

function queryFields(type: new (...args: never[]) => unknown, handler: string, today: string): Record<string, readonly string[]> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, handler) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', type.prototype, handler) ?? []) as Array<(new () => unknown) | undefined>;
  const fields: Record<string, readonly string[]> = {};
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== RouteParamtypes.QUERY || arg.data !== undefined) continue;
    const dto = types[arg.index];
    if (!dto) continue;
    for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
      const choices = meta.name === 'isIn' && Array.isArray(meta.constraints?.[0]) ? (meta.constraints[0] as unknown[]).map(String) : undefined;
      if (choices) fields[meta.propertyName] = choices;
      else if (!fields[meta.propertyName] && KNOWN_VALUES[meta.propertyName]) fields[meta.propertyName] = KNOWN_VALUES[meta.propertyName](today);
    }
  }
  return fields;
}
