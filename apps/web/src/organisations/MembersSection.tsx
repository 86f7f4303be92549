import { ROLE_LABELS } from '@kring/domain';
import { useTranslation } from 'react-i18next';
import { RemoveMembershipDocument } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { ConfirmButton } from '../ui/Button';
import { TableWrap } from '../ui/TableWrap';
import type { SectionProps } from './types';

export function MembersSection({ organisation, onChanged }: SectionProps) {
  const { t } = useTranslation();
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
      {error && <Alert tone="error">{error.message}</Alert>}
      <TableWrap label={t('organisation.members.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.role')}</th>
              <th scope="col">{t('fields.team')}</th>
              {manage && (
                <th scope="col">
                  <span className="visually-hidden">{t('fields.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {organisation.members.map((member) => {
              const role = label(ROLE_LABELS, member.role);
              return (
                <tr key={member.id}>
                  <th scope="row">{member.person.displayName}</th>
                  <td className="nowrap">{member.person.email}</td>
                  <td>{role}</td>
                  <td>{member.team?.name}</td>
                  {manage && (
                    <td>
                      <ConfirmButton
                        label={t('organisation.members.remove')}
                        target={`${member.person.displayName} (${role})`}
                        confirmLabel={t('organisation.members.confirmRemove')}
                        busy={loading}
                        onConfirm={() => void removeMembership(member.id)}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
