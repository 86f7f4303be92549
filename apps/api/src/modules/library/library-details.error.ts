import { UserError } from '../../engine/graphql/user-error';
import { FieldFinding } from '../../engine/privacy/content-guard.errors';

/**
 * LIBRARY_IDENTIFYING_DETAILS with every finding in `extensions.findings`, so
 * the review screen can mark them. Unlike a save in the team, there is no
 * "I have checked this": what goes into the library goes without them.
 */
export class LibraryDetailsError extends UserError {
  constructor(findings: FieldFinding[]) {
    super('LIBRARY_IDENTIFYING_DETAILS', { count: findings.length });
    Object.assign(this.extensions, { findings });
  }
}
