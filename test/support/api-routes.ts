import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';

export interface ApiRoute {
  /** Lower-case HTTP method, as supertest names its calls. */
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path with `:param` placeholders, always starting with `/`. */
  readonly path: string;
  readonly controller: string;
  readonly handler: string;
}

const METHODS: Partial<Record<RequestMethod, ApiRoute['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

/**
 * Every route the application serves, read from Nest's own controller metadata rather than from the
 * HTTP adapter, so the guarantee tests that walk every route (leaks, fuzzing, server errors) stay the
 * same whichever adapter (Express, Fastify) serves the app, and a new controller is covered without
 * editing any test.
 */
export function apiRoutes(app: INestApplication): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type) continue;
      const prefixes = pathsOf(Reflect.getMetadata(PATH_METADATA, type));
      const prototype = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const method = requestMethod === undefined ? undefined : METHODS[requestMethod];
        if (!method) continue;
        for (const prefix of prefixes) {
          for (const path of pathsOf(Reflect.getMetadata(PATH_METADATA, handler))) {
            routes.push({ method, path: join(prefix, path), controller: type.name, handler: name });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function pathsOf(metadata: unknown): string[] {
  if (metadata === undefined) return [''];
  return Array.isArray(metadata) ? (metadata as string[]) : [String(metadata)];
}

function join(prefix: string, path: string): string {
  const joined = [prefix, path].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `/${joined}`;
}
