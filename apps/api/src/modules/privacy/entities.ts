import { ErasedMember } from './erased-member.entity';
import { PrivacySetting } from './privacy-setting.entity';

export const PRIVACY_ENTITIES = [PrivacySetting, ErasedMember];
