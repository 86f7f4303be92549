import { LIMITS } from '@kring/domain';
import { Link, useNavigate } from 'react-router-dom';
import { ArchiveCustomMethodDocument, CopyMethodDocument } from '../graphql/documents/methods';
import type { MethodQuery } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { ConfirmButton } from '../ui/Button';
import { TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { useLocalized } from '../i18n/localized';
import type { LibraryNotice } from './MethodLibraryPage';
import type { ChosenOrganisation } from './use-method-organisation';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

interface Props {
  method: MethodQuery['method'];
  /** Only the newest version of an own method can get a next version. */
  isLatest: boolean;
  choice: ChosenOrganisation;
}

/** For moderators, entrepreneurs and administrators: copy any method, adapt or archive an own one. */
export function MethodActions({ method, isLatest, choice }: Props) {
  const { t } = useTexts();
  const local = useLocalized();
  const navigate = useNavigate();
  const { organisation, link } = choice;
  const [copy, copying] = useMutation(CopyMethodDocument);
  const [archive, archiving] = useMutation(ArchiveCustomMethodDocument);
  const form = useForm({ newName: t('methods.detail.copyDefault', { name: local(method.name) }) });

  const makeCopy = async () => {
    const data = await copy({ organisationId: organisation.id, methodId: method.id, newName: form.values.newName });
    if (data) void navigate(link(`/methoden/${data.copyMethod.id}/bewerken`));
  };

  const archiveIt = async () => {
    if (await archive({ organisationId: organisation.id, methodId: method.id })) {
      const state: LibraryNotice = { notice: t('methods.detail.archivedDone', { name: local(method.name) }) };
      void navigate(link('/methoden'), { state });
    }
  };

  return (
    <>
      {method.custom && !method.archived && isLatest && (
        <div className="subsection">
          <p>{t('methods.detail.editHint')}</p>
          <p className="actions">
            <Link className="button button--primary" to={link(`/methoden/${method.id}/bewerken`)}>
              {t('methods.detail.edit')}
            </Link>
            <ConfirmButton
              label={t('methods.detail.archive')}
              target={local(method.name)}
              confirmLabel={t('methods.detail.confirmArchive')}
              busy={archiving.loading}
              onConfirm={() => void archiveIt()}
            />
          </p>
          <ErrorAlert error={archiving.error} />
        </div>
      )}
      <div className="subsection">
        <p>{t('methods.detail.copyIntro')}</p>
        <Form
          label={t('methods.detail.copySubmit')}
          onSubmit={makeCopy}
          submitLabel={t('methods.detail.copySubmit')}
          busy={copying.loading}
          error={copying.error}
          fields={form.names}
        >
          <TextField label={t('methods.detail.copyName')} maxLength={LIMITS.name} {...form.field('newName', copying.error)} />
        </Form>
      </div>
    </>
  );
}
