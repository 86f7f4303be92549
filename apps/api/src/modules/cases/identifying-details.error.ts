import { UserError } from '../../engine/graphql/user-error';
import { IdentifyingDetailFindingDto } from './dtos/identifying-detail.dto';

/** A finding in one of the texts of a save: `field` names the input field, or `chapters.<id>.body` when sharing. */
export interface FieldFinding extends IdentifyingDetailFindingDto {
  field: string;
}

/**
 * IDENTIFYING_DETAILS with every finding in `extensions.findings`, so the
 * editor can highlight them; the author then edits or confirms.
 */
export class IdentifyingDetailsError extends UserError {
  constructor(findings: FieldFinding[]) {
    super('IDENTIFYING_DETAILS', { count: findings.length });
    Object.assign(this.extensions, { findings });
  }
}
