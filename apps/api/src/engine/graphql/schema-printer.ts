import { ModuleMetadata, Provider, Type } from '@nestjs/common';
import { ENTRY_PROVIDER_WATERMARK } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import './enums';

const SCHEMA_HEADER = '# Generated from the API code (npm run build -w @kring/api). Do not edit by hand.\n\n';

/** A class, as resolvers and the feature modules are; a provider or import may also be an object (useFactory, forRoot). */
const isClass = (entry: unknown): entry is Type => typeof entry === 'function';

/** The resolver classes among the providers of the given modules (recursively through the imported module classes). */
function resolversOf(modules: Type[], seen = new Set<Type>()): Type[] {
  return modules.flatMap((module) => {
    if (seen.has(module)) return [];
    seen.add(module);
    const providers = (Reflect.getMetadata('providers', module) ?? []) as Provider[];
    const imports = (Reflect.getMetadata('imports', module) ?? []) as NonNullable<ModuleMetadata['imports']>;
    return [
      ...providers.filter(isClass).filter((p) => Reflect.getMetadata(ENTRY_PROVIDER_WATERMARK, p) === true),
      ...resolversOf(imports.filter(isClass), seen),
    ];
  });
}

/** Builds the GraphQL schema of the given feature modules without starting a server or database. */
export async function buildFeatureSchema(modules: Type[]): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create([...new Set(resolversOf(modules))]);
  } finally {
    await app.close();
  }
}

/** Prints the GraphQL schema of the given feature modules without starting a server or database. */
export async function printFeatureSchema(modules: Type[]): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await buildFeatureSchema(modules)));
}
