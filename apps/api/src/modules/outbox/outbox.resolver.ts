import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess } from '../../engine/policy/current.decorators';

@ObjectType('OutboxMail')
class OutboxMailDto {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() body: string;
  @Field() createdAt: Date;
}

@Resolver()
export class OutboxResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => [OutboxMailDto], { description: 'Development outbox: e-mails Kring would have sent, when no SMTP server is configured.' })
  @Access.organisation({ arg: 'organisationId' }, ['administrator'])
  devOutbox(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentAccess() access: TenantAccess,
  ): Promise<OutboxMailDto[]> {
    return this.db.query(
      `SELECT id, to_address AS "to", subject, body, created_at AS "createdAt" FROM outbox_mail
       WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [access.organisationId],
    );
  }
}
