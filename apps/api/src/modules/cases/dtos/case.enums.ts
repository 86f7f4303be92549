import { CASE_VISIBILITIES, CONSENT_FORMS, CONSENT_GIVERS, CONSENT_SCOPES, IDENTIFYING_DETAIL_KINDS } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const CaseVisibilityEnum = enumOf(CASE_VISIBILITIES);
export const ConsentScopeEnum = enumOf(CONSENT_SCOPES);
export const ConsentGiverEnum = enumOf(CONSENT_GIVERS);
export const ConsentFormEnum = enumOf(CONSENT_FORMS);
export const IdentifyingDetailKindEnum = enumOf(IDENTIFYING_DETAIL_KINDS);

registerEnumType(CaseVisibilityEnum, { name: 'CaseVisibility' });
registerEnumType(ConsentScopeEnum, { name: 'ConsentScope' });
registerEnumType(ConsentGiverEnum, { name: 'ConsentGiver' });
registerEnumType(ConsentFormEnum, { name: 'ConsentForm' });
registerEnumType(IdentifyingDetailKindEnum, { name: 'IdentifyingDetailKind' });
