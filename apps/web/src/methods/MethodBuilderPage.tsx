import { LIMITS } from '@kring/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CopyMethodDocument, MethodDocument, MethodsDocument, PhaseKindsDocument } from '../graphql/documents/methods';
import { useMutation, useQuery } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { useLocalized } from '../i18n/localized';
import { draftFromMethod, emptyDraft, type MethodDraft } from './method-draft';
import { MethodEditor } from './MethodEditor';
import { NoOrganisation } from './NoOrganisation';
import { hasOrganisation, useMethodOrganisation, type ChosenOrganisation } from './use-method-organisation';
import { useTexts } from './texts';

/**
 * /methoden/nieuw starts from a copy or from scratch; /methoden/:id/bewerken
 * continues the newest version of an own method. Only editors get here with
 * a form; others are told who can.
 */
export function MethodBuilderPage() {
  const { t } = useTexts();
  const { id } = useParams();
  const choice = useMethodOrganisation();
  if (!hasOrganisation(choice)) return <NoOrganisation />;
  if (!choice.canEdit) {
    return (
      <Page title={t('methods.builder.newTitle')}>
        <p>{t('methods.builder.onlyEditors')}</p>
        <p className="link-alone">
          <Link to={choice.link('/methoden')}>{t('methods.back')}</Link>
        </p>
      </Page>
    );
  }
  return id ? <EditExisting methodId={id} choice={choice} /> : <StartNew choice={choice} />;
}

function StartNew({ choice }: { choice: ChosenOrganisation }) {
  const { t } = useTexts();
  const [scratch, setScratch] = useState<MethodDraft>();
  if (scratch) {
    return (
      <Page title={t('methods.builder.newTitle')} wide>
        <EditorWithBlocks organisationId={choice.organisation.id} initial={scratch} link={choice.link} />
      </Page>
    );
  }
  return (
    <Page title={t('methods.builder.newTitle')}>
      <p className="lead">{t('methods.builder.startTitle')}</p>
      <Section title={t('methods.builder.fromCopyTitle')}>
        <CopyForm choice={choice} />
      </Section>
      <Section title={t('methods.builder.fromScratchTitle')}>
        <p>{t('methods.builder.fromScratchIntro')}</p>
        <Button variant="secondary" onClick={() => setScratch(emptyDraft())}>
          {t('methods.builder.fromScratchSubmit')}
        </Button>
      </Section>
    </Page>
  );
}

/** Copies the chosen method (version 1 of a new own method) and continues in the builder with it. */
function CopyForm({ choice }: { choice: ChosenOrganisation }) {
  const { t } = useTexts();
  const local = useLocalized();
  const navigate = useNavigate();
  const { organisation, link } = choice;
  const methods = useQuery(MethodsDocument, { organisationId: organisation.id });
  const [copy, { loading, error }] = useMutation(CopyMethodDocument);
  const form = useForm({ methodId: '', newName: '' });

  if (!methods.data) return <NotLoaded error={methods.error} onRetry={methods.refetch} />;
  const options = methods.data.methods.map((m) => ({ value: m.id, label: local(m.name) }));
  const methodId = form.values.methodId || options[0]?.value || '';

  const submit = async () => {
    const data = await copy({ organisationId: organisation.id, methodId, newName: form.values.newName });
    if (data) void navigate(link(`/methoden/${data.copyMethod.id}/bewerken`));
  };
  return (
    <Form
      onSubmit={submit}
      submitLabel={t('methods.detail.copySubmit')}
      busy={loading}
      error={error}
      fields={form.names}
      label={t('methods.builder.fromCopyTitle')}
    >
      <SelectField label={t('methods.builder.fromCopyMethod')} options={options} {...form.field('methodId', error)} value={methodId} />
      <TextField label={t('methods.detail.copyName')} maxLength={LIMITS.name} {...form.field('newName', error)} />
    </Form>
  );
}

function EditExisting({ methodId, choice }: { methodId: string; choice: ChosenOrganisation }) {
  const { t } = useTexts();
  const local = useLocalized();
  const { organisation, link } = choice;
  const { data, error, refetch } = useQuery(MethodDocument, { organisationId: organisation.id, methodId, version: null });

  if (!data) return <Page title={t('methods.builder.newTitle')} notLoaded={{ error, onRetry: refetch }} />;
  const { method } = data;
  const refusal = !method.custom ? 'methods.builder.shippedReadOnly' : method.archived ? 'methods.builder.archivedReadOnly' : undefined;
  return (
    <Page title={t('methods.builder.editTitle', { name: local(method.name) })} wide>
      {refusal ? (
        <>
          <Alert tone="info">{t(refusal)}</Alert>
          <p className="link-alone">
            <Link to={link(`/methoden/${method.id}`)}>{local(method.name)}</Link>
          </p>
        </>
      ) : (
        <EditorWithBlocks organisationId={organisation.id} initial={draftFromMethod(method)} link={link} />
      )}
    </Page>
  );
}

function EditorWithBlocks({
  organisationId,
  initial,
  link,
}: {
  organisationId: string;
  initial: MethodDraft;
  link: ChosenOrganisation['link'];
}) {
  const { data, error, refetch } = useQuery(PhaseKindsDocument, {});
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  return <MethodEditor organisationId={organisationId} initial={initial} blocks={data.phaseKinds} link={link} />;
}
