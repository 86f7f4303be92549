import { ROLE_LABELS } from '@kring/domain';
import { RemoveMembershipDocument } from '../graphql/documents/organisations';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { ConfirmButton } from '../ui/Button';
import { Table } from '../ui/Table';
import type { SectionProps } from './types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

export function MembersSection({ organisation, onChanged }: SectionProps) {
  const { t } = useTexts();
  const { label } = useLocale();
  const [remove, { loading, error }] = useMutation(RemoveMembershipDocument);
  const manage = organisation.viewerCanManage;

  if (organisation.members.length === 0) return <p>{t('organisation.members.empty')}</p>;

  const removeMembership = async (membershipId: string) => {
    if (await remove({ membershipId })) onChanged();
  };

  return (
    <>
      {/* e.g. the last administrator, who cannot be removed */}
      <ErrorAlert error={error} />
      <Table
        label={t('organisation.members.title')}
        stack
        rows={organisation.members}
        rowKey={(member) => member.id}
        columns={[
          { header: t('fields.name'), cell: (member) => member.person.displayName },
          { header: t('fields.email'), cell: (member) => member.person.email, className: 'nowrap' },
          { header: t('fields.role'), cell: (member) => label(ROLE_LABELS, member.role) },
          { header: t('fields.team'), cell: (member) => member.team?.name },
        ]}
        actions={
          manage
            ? (member) => (
                <ConfirmButton
                  label={t('organisation.members.remove')}
                  target={`${member.person.displayName} (${label(ROLE_LABELS, member.role)})`}
                  confirmLabel={t('organisation.members.confirmRemove')}
                  busy={loading}
                  onConfirm={() => void removeMembership(member.id)}
                />
              )
            : undefined
        }
      />
    </>
  );
}
