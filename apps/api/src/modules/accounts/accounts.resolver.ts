import { LIMITS } from '@kring/domain';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isEmail } from 'class-validator';
import { KringRequest, Viewer } from '../../engine/auth/viewer';
import { ViewerService } from '../../engine/auth/viewer.service';
import { FieldProblem, UserError } from '../../engine/graphql/user-error';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentViewer } from '../../engine/policy/current.decorators';
import { AccountsService } from './accounts.service';
import { ChangePasswordInput, LoginInput, ResetPasswordInput, UpdateProfileInput } from './dtos/account.inputs';
import { PersonDto } from './dtos/person.dto';
import { ViewerDto } from './dtos/viewer.dto';
import { UnguardedText } from '../../engine/privacy/text-guard.decorators';

/** What is wrong with an address as typed, in the words of the shared validation messages; nothing when it is one. */
function emailProblem(email: string): Omit<FieldProblem, 'field'> | undefined {
  if (email === '') return { rule: 'required' };
  if (email.length > LIMITS.email) return { rule: 'maxLength', value: LIMITS.email };
  return isEmail(email) ? undefined : { rule: 'email' };
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => ViewerDto, { nullable: true, description: 'The logged-in person and their memberships; null when nobody is logged in.' })
  @Access.public("returns only the caller's own account, or null")
  async me(@Context('req') req: KringRequest): Promise<ViewerDto | null> {
    const viewer = await this.viewers.forRequest(req);
    return viewer ? this.accounts.viewer(viewer.personId) : null;
  }

  @Mutation(() => ViewerDto)
  @Access.public('checks credentials')
  login(@Args('input') input: LoginInput, @Context('req') req: KringRequest): Promise<ViewerDto> {
    return this.accounts.login(input.email, input.password, req);
  }

  @Mutation(() => Boolean)
  @Access.public("ends the caller's own session")
  logout(@Context('req') req: KringRequest): Promise<boolean> {
    return this.accounts.logout(req);
  }

  @Mutation(() => Boolean, {
    description: 'Ends every login of the viewer, on every device, including this one; open live screens close at once.',
  })
  @Access.authenticated()
  logoutEverywhere(@CurrentViewer() viewer: Viewer, @Context('req') req: KringRequest): Promise<boolean> {
    return this.accounts.logoutEverywhere(viewer.personId, req);
  }

  @Mutation(() => Boolean, {
    description:
      'Answers true for every well-formed address, so it does not reveal whether an account exists; an empty or malformed address is refused as BAD_USER_INPUT on `email`.',
  })
  @Access.public('always answers true; mails only the address owner')
  requestPasswordReset(
    @Args('email') @UnguardedText('an e-mail address to send a reset link to, never stored by this call') email: string,
    @Context('req') req: KringRequest,
  ): Promise<boolean> {
    const normalised = email.trim().toLowerCase();
    // An empty or malformed address is a typing mistake, said beside the box: that an address is not one tells nothing
    // about who has an account. A well-formed address gets `true` whether or not it is known.
    const problem = emailProblem(normalised);
    if (problem) return Promise.reject(new UserError('BAD_USER_INPUT', {}, [{ field: 'email', ...problem }]));
    return this.accounts.requestPasswordReset(normalised, req);
  }

  @Mutation(() => ViewerDto)
  @Access.public('the secret token is the permission')
  resetPassword(@Args('input') input: ResetPasswordInput, @Context('req') req: KringRequest): Promise<ViewerDto> {
    return this.accounts.resetPassword(input.token, input.password, req);
  }

  @Mutation(() => Boolean, {
    description:
      'A new password for the viewer, given the current one (refused on `currentPassword` when wrong, under the login throttle); every other login ends, this one stays.',
  })
  @Access.authenticated()
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: KringRequest,
  ): Promise<boolean> {
    return this.accounts.changePassword(viewer.personId, input.currentPassword, input.newPassword, req);
  }

  @Mutation(() => PersonDto)
  @Access.authenticated()
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentViewer() viewer: Viewer): Promise<PersonDto> {
    return this.accounts.updateProfile(viewer.personId, input.displayName, input.preferredLanguage);
  }
}
