import { CLIENT_GROUPS, FINANCING, LANGUAGES, LOCATION_KINDS, ORGANISATION_KINDS, ROLES } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums built from the shared domain lists, so both apps use one source. */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = enumOf(ROLES);
export const LanguageEnum = enumOf(LANGUAGES);
export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const ClientGroupEnum = enumOf(CLIENT_GROUPS);
export const FinancingEnum = enumOf(FINANCING);
export const LocationKindEnum = enumOf(LOCATION_KINDS);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(LanguageEnum, { name: 'Language' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(ClientGroupEnum, { name: 'ClientGroup' });
registerEnumType(FinancingEnum, { name: 'Financing' });
registerEnumType(LocationKindEnum, { name: 'LocationKind' });
