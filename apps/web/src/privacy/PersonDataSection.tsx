import { FORMER_MEMBER_NAME, LIMITS } from '@kring/domain';
import { useState } from 'react';
import { request } from '../graphql/client';
import { ErasePersonDocument, ExportPersonDataDocument, PrivacyMembersDocument } from '../graphql/documents/privacy';
import type { ErasePersonMutation } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { NotLoaded } from '../ui/Page';
import { Section } from '../ui/Section';
import { useDownload } from '../ui/download';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

type Erasure = ErasePersonMutation['erasePerson'];

/** Requests about one member's data: everything as JSON (inzage), or erasure with the rule explained first. */
export function PersonDataSection({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const { data, error, refetch } = useQuery(PrivacyMembersDocument, { id: organisationId });
  const [personId, setPersonId] = useState('');
  const [erased, setErased] = useState<Erasure | null>(null);
  const [download, exporting] = useDownload();

  // One entry per person, however many roles they have.
  const people = [...new Map((data?.organisation.members ?? []).map((m) => [m.person.id, m.person])).values()].sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
  const person = people.find((p) => p.id === personId);
  const exportFile = async (displayName: string) => ({
    filename: `kring-gegevens-${displayName}.json`,
    content: (await request(ExportPersonDataDocument, { input: { organisationId, personId } })).exportPersonData,
  });

  return (
    <Section title={t('privacy.person.title')}>
      <p>{t('privacy.person.intro')}</p>
      {erased && <ErasureResult result={erased} />}
      {!data ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : (
        <div className="form">
          <SelectField
            label={t('privacy.person.choose')}
            emptyOption={t('privacy.person.choosePlaceholder')}
            value={personId}
            onChange={(id) => {
              setPersonId(id);
              setErased(null);
            }}
            options={people.map((p) => ({ value: p.id, label: p.displayName }))}
          />
          {person && (
            <>
              <p>
                <Button
                  variant="secondary"
                  busy={exporting.busy}
                  onClick={() => void download(() => exportFile(person.displayName), 'application/json')}
                >
                  {t('privacy.person.export')}
                </Button>
              </p>
              {/* The right of access: the file holds what only this person reads in Kring too. */}
              <p className="muted">{t('privacy.person.exportHint', { name: person.displayName })}</p>
              {exporting.done && <Alert tone="success">{t('privacy.person.exported')}</Alert>}
              <ErrorAlert error={exporting.error} />
              <EraseForm
                key={person.id}
                organisationId={organisationId}
                person={person}
                onErased={(result) => {
                  setErased(result);
                  setPersonId('');
                  refetch();
                }}
              />
            </>
          )}
        </div>
      )}
    </Section>
  );
}

function EraseForm({
  organisationId,
  person,
  onErased,
}: {
  organisationId: string;
  person: { id: string; displayName: string };
  onErased: (result: Erasure) => void;
}) {
  const { t } = useTexts();
  const [erase, { loading, error }] = useMutation(ErasePersonDocument);
  const [confirmation, setConfirmation] = useState('');
  const submit = async () => {
    const data = await erase({ input: { organisationId, personId: person.id, confirmation } });
    if (data) onErased(data.erasePerson);
  };
  return (
    <div className="privacy__erase">
      <h3>{t('privacy.person.eraseTitle')}</h3>
      <p>{t('privacy.person.rules.intro')}</p>
      <ul>
        <li>{t('privacy.person.rules.removed')}</li>
        <li>{t('privacy.person.rules.kept', { example: `${FORMER_MEMBER_NAME} 3` })}</li>
        <li>{t('privacy.person.rules.account')}</li>
      </ul>
      <p>
        <strong>{t('privacy.person.rules.final')}</strong>
      </p>
      <TextField
        label={t('privacy.person.confirmation', { name: person.displayName })}
        name="confirmation"
        autoComplete="off"
        value={confirmation}
        maxLength={LIMITS.name}
        onChange={setConfirmation}
        error={error?.fields.confirmation}
      />
      {error && !error.fields.confirmation && <Alert tone="error">{error.message}</Alert>}
      <Button variant="danger" busy={loading} onClick={() => void submit()}>
        {t('privacy.person.erase')}
      </Button>
    </div>
  );
}

function ErasureResult({ result }: { result: Erasure }) {
  const { t } = useTexts();
  const account = result.accountDeleted ? 'accountDeleted' : result.accountAnonymised ? 'accountAnonymised' : 'accountKept';
  return (
    <Alert tone="success">
      <p>{t('privacy.person.erased', { pseudonym: result.pseudonym })}</p>
      <p>{t(`privacy.person.${account}`)}</p>
      <p>
        {t('privacy.person.kept', { count: result.kept })} {t('privacy.person.removed', { count: result.removed })}
      </p>
    </Alert>
  );
}
