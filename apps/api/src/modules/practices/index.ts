/** The public surface of practices: what other features may import. */
export { TeamListArgs } from './dtos/team-list.args';
export { PracticesModule } from './practices.module';
export { PracticesService } from './practices.service';
export { followsTeam, teamScope } from './team-scope';
