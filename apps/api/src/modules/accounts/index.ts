/** The public surface of accounts: what other features may import. */
export { AccountsModule } from './accounts.module';
export { AccountsService } from './accounts.service';
export { ViewerDto } from './dtos/viewer.dto';
export { hashPassword } from './password-hasher';
