import { Injectable, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import { suppressDeclaredNumbers } from './small-numbers.catalogue';

/**
 * The small-number declarations applied outside GraphQL: an export (PDF,
 * Markdown) prints a DTO the way GraphQL would hand it out, so a count that
 * GraphQL suppresses is never printed as it is. GraphQL itself needs nothing
 * from here: each @SuppressedNumber field applies the rule on the way out.
 */
@Injectable()
export class SmallNumbers {
  constructor(private readonly modules: ModuleRef) {}

  /** A copy of `value` with every @SuppressedNumber of `dto` (and of the objects inside it) under 5 set to null. */
  inExport<T extends object>(dto: Type<T>, value: T): T {
    const type = TypeMetadataStorage.getObjectTypeMetadataByTarget(dto);
    if (!type) throw new Error(`${dto.name} is not a GraphQL object type`);
    // The schema exists once the GraphQL module has started; looked up at export time, not at construction.
    const schema = this.modules.get(GraphQLSchemaHost, { strict: false }).schema;
    return suppressDeclaredNumbers(schema, type.name, value);
  }
}
