/** The public surface of mirror-conversations: what other features may import. */
export { PdfFileDto } from './dtos/letter.dto';
export { ACTIVE_SCOPES } from './mirror-rows';
