import 'reflect-metadata';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { GATEWAY_METADATA, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { ACCESS_RULE, AccessRule } from '../../apps/api/src/engine/policy/access.decorator';

/** One handler of the running app, with the @Access rule the policy guard applies to it (undefined: none, which the guard refuses). */
export interface Entrance {
  /** "Class.method", for messages. */
  handler: string;
  rule: AccessRule | undefined;
}

export interface HttpRoute extends Entrance {
  method: string;
  /** Express path with parameters, e.g. "/sessions/:id/report.pdf". */
  path: string;
  params: string[];
}

export interface SocketHandler extends Entrance {
  event: string;
}

export interface GraphqlEntrance extends Entrance {
  kind: 'Query' | 'Mutation';
  /** The field name in the schema. */
  name: string;
}

/** Every way into the running app, read from Nest's own metadata: nothing here is a hand list. */
export interface AccessSurface {
  http: HttpRoute[];
  sockets: SocketHandler[];
  graphql: GraphqlEntrance[];
}

type Handler = (...args: unknown[]) => unknown;

/** The rule as the policy guard reads it: the handler's own, else its class's (Reflector.getAllAndOverride). */
function ruleOf(type: object, handler: Handler): AccessRule | undefined {
  return Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, type);
}

function joinPath(...parts: (string | string[] | undefined)[]): string {
  const segments = parts.flatMap((p) => (Array.isArray(p) ? p.slice(0, 1) : [p])).filter((p): p is string => !!p && p !== '/');
  return `/${segments.map((s) => s.replace(/^\/+|\/+$/g, '')).join('/')}`;
}

/** Each class Nest instantiated, once, with its handlers (methods of its prototype). */
function classes(
  app: INestApplication,
  kind: 'controllers' | 'providers',
): { type: { name: string; prototype: Record<string, Handler> }; methods: string[] }[] {
  const scanner = new MetadataScanner();
  const seen = new Set<unknown>();
  const result: ReturnType<typeof classes> = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module[kind].values()) {
      const type = wrapper.metatype as { name: string; prototype: Record<string, Handler> } | undefined;
      if (!type?.prototype || seen.has(type)) continue;
      seen.add(type);
      result.push({ type, methods: scanner.getAllMethodNames(type.prototype) });
    }
  }
  return result;
}

export function accessSurface(app: INestApplication): AccessSurface {
  const http: HttpRoute[] = [];
  for (const { type, methods } of classes(app, 'controllers')) {
    for (const name of methods) {
      const handler = type.prototype[name];
      const own = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (own === undefined) continue;
      const path = joinPath(Reflect.getMetadata(PATH_METADATA, type), own);
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      http.push({
        handler: `${type.name}.${name}`,
        rule: ruleOf(type, handler),
        method,
        path,
        params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]),
      });
    }
  }
  const sockets: SocketHandler[] = [];
  const graphql: GraphqlEntrance[] = [];
  for (const { type, methods } of classes(app, 'providers')) {
    const gateway = Reflect.getMetadata(GATEWAY_METADATA, type) === true;
    for (const name of methods) {
      const handler = type.prototype[name];
      if (gateway && Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler)) {
        sockets.push({
          handler: `${type.name}.${name}`,
          rule: ruleOf(type, handler),
          event: Reflect.getMetadata(MESSAGE_METADATA, handler),
        });
      }
      const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (kind === 'Query' || kind === 'Mutation') {
        graphql.push({
          handler: `${type.name}.${name}`,
          rule: ruleOf(type, handler),
          kind,
          name: Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) ?? name,
        });
      }
    }
  }
  return { http, sockets, graphql };
}

/**
 * Every route the HTTP server itself knows (Express's router), so a route
 * added outside Nest's controllers (app.get(...)) cannot escape the matrix.
 */
export function expressRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
}
