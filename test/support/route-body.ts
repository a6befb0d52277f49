import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { ApiRoute } from './api-routes';

type Ctor = new (...args: any[]) => object;  

function controllerOf(app: INestApplication, name: string): Ctor | undefined {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (wrapper.metatype && (wrapper.metatype as Ctor).name === name) return wrapper.metatype as Ctor;
    }
  }
  return undefined;
}

/** The DTO class of a route's `@Body()`, from Nest's route metadata; undefined when it takes no body. */
export function bodyTypeOf(app: INestApplication, route: ApiRoute): Ctor | undefined {
  return argumentTypeOf(app, route, RouteParamtypes.BODY);
}

/** The DTO class of a route's whole `@Query()`; undefined when it takes none. */
export function queryTypeOf(app: INestApplication, route: ApiRoute): Ctor | undefined {
  return argumentTypeOf(app, route, RouteParamtypes.QUERY);
}

function argumentTypeOf(app: INestApplication, route: ApiRoute, kind: RouteParamtypes): Ctor | undefined {
  const controller = controllerOf(app, route.controller);
  if (!controller) return undefined;
  const params = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, route.handler) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const argument = Object.entries(params).find(([key, value]) => key.split(':')[0] === String(kind) && value.data === undefined);
  if (!argument) return undefined;
  const types = Reflect.getMetadata('design:paramtypes', controller.prototype, route.handler) as Ctor[] | undefined;
  const type = types?.[argument[1].index];
  return type === Object ? undefined : type;
}

/** Metadata set on a route's handler, or else on its controller (e.g. `@Roles`). */
export function routeMetadata<T>(app: INestApplication, route: ApiRoute, key: string): T | undefined {
  const controller = controllerOf(app, route.controller);
  if (!controller) return undefined;
  const handler = (controller.prototype as Record<string, unknown>)[route.handler] as object;
  return (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as T | undefined;
}
