import { CASE_LIMITS, type ResidentWords } from '@kring/domain';
import { useState } from 'react';
import { managedOrganisations, useViewer } from '../app/auth';
import { useResidentWords } from '../app/useResidentWords';
import {
  AddResidentRegisterEntryDocument,
  RemoveResidentRegisterEntryDocument,
  ResidentRegisterDocument,
  UpdateResidentRegisterEntryDocument,
} from '../graphql/documents/cases';
import type { ResidentRegisterQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { Button, ConfirmButton } from '../ui/Button';
import { TextAreaField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { useInPlace } from '../ui/in-place';
import { NotLoaded, Page } from '../ui/Page';
import { TableWrap } from '../ui/TableWrap';
import './cases.css';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

type Entry = ResidentRegisterQuery['residentRegister'][number];

/** One name per line in the form, a list for the API. */
const namesFromLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The resident pseudonym register (/bewonersregister), kept by administrators and care entrepreneurs. */
export function ResidentRegisterPage() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { organisations, organisationId, choose } = useChosenOrganisation(() => managedOrganisations(viewer));
  // The chosen organisation's word ("Deelnemersregister"); without one, the word of all the viewer's organisations.
  const words = useResidentWords(organisationId);
  return (
    <Page title={t('cases.register.title', words)}>
      <p>{t('cases.register.intro', words)}</p>
      {!organisationId ? (
        <Alert tone="info">{t('cases.register.managersOnly', words)}</Alert>
      ) : (
        <>
          <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
          <Register organisationId={organisationId} words={words} />
        </>
      )}
    </Page>
  );
}

function Register({ organisationId, words }: { organisationId: string; words: ResidentWords }) {
  const { t } = useTexts();
  const { data, error, refetch } = useQuery(ResidentRegisterDocument, { organisationId });
  const [notice, setNotice] = useState<string>();
  const changed = (message: string) => {
    setNotice(message);
    refetch();
  };

  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      {!data ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : data.residentRegister.length === 0 ? (
        <p>{t('cases.register.empty')}</p>
      ) : (
        // On a phone each entry is a card: as a table its buttons were cut off at the edge, to be scrolled to sideways.
        <TableWrap label={t('cases.register.tableLabel', words)} stack>
          {/* The roles written out, as ui/Table does: a browser may drop a table's semantics once its rows are cards. */}
          <table role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('cases.register.pseudonym')}
                </th>
                <th scope="col" role="columnheader">
                  {t('cases.register.watchNames')}
                </th>
                <th scope="col" role="columnheader">
                  {t('fields.actions')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {data.residentRegister.map((entry) => (
                <EntryRow key={entry.id} entry={entry} words={words} onChanged={changed} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <AddEntry organisationId={organisationId} words={words} onAdded={(pseudonym) => changed(t('cases.register.added', { pseudonym }))} />
    </>
  );
}

function EntryRow({ entry, words, onChanged }: { entry: Entry; words: ResidentWords; onChanged: (message: string) => void }) {
  const { t } = useTexts();
  const editing = useInPlace();
  const [remove, removal] = useMutation(RemoveResidentRegisterEntryDocument);

  if (editing.open) {
    return (
      <tr role="row">
        <td role="cell" colSpan={3}>
          <EditEntry
            entry={entry}
            words={words}
            onDone={(message) => {
              editing.stop();
              if (message) onChanged(message);
            }}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        {entry.pseudonym}
      </th>
      {/* The card's label for the names on a phone (styles.css, .table-wrap--stack). */}
      <td role="cell" data-label={t('cases.register.watchNames')}>
        {entry.watchNames?.join(', ')}
      </td>
      <td role="cell">
        <span className="actions">
          <Button
            variant="secondary"
            aria-label={t('cases.register.editLabel', { pseudonym: entry.pseudonym })}
            autoFocus={editing.returnFocus}
            onClick={editing.start}
          >
            {t('cases.register.edit')}
          </Button>
          <ConfirmButton
            label={t('cases.register.remove')}
            target={entry.pseudonym}
            confirmLabel={t('cases.register.confirmRemove')}
            busy={removal.loading}
            onConfirm={async () => {
              if (await remove({ entryId: entry.id })) onChanged(t('cases.register.removed', { pseudonym: entry.pseudonym }));
            }}
          />
        </span>
        <ErrorAlert error={removal.error} />
      </td>
    </tr>
  );
}

interface EntryValues {
  pseudonym: string;
  watchNames: string;
}

type FieldProps = { name: string; value: string; onChange: (value: string) => void; error?: string };

/** `autoFocus`: an entry being changed in its row, whose pseudonym takes the focus. */
function EntryFields({
  field,
  words,
  autoFocus,
}: {
  field: (name: keyof EntryValues) => FieldProps;
  words: ResidentWords;
  autoFocus?: boolean;
}) {
  const { t } = useTexts();
  return (
    <>
      <TextField
        label={t('cases.register.pseudonym')}
        hint={t('cases.register.pseudonymHint', words)}
        maxLength={CASE_LIMITS.displayPseudonym}
        autoComplete="off"
        autoFocus={autoFocus}
        {...field('pseudonym')}
      />
      <TextAreaField
        // no-maxlength: one name per line; the limit is per name (LIMITS.name) and on the count
        // (CASE_LIMITS.watchNames), which the server refuses with a message, so there is no total to count.
        label={t('cases.register.watchNames')}
        hint={t('cases.register.watchNamesHint')}
        rows={3}
        autoComplete="off"
        {...field('watchNames')}
      />
    </>
  );
}

function EditEntry({ entry, words, onDone }: { entry: Entry; words: ResidentWords; onDone: (message?: string) => void }) {
  const { t } = useTexts();
  const [update, { loading, error }] = useMutation(UpdateResidentRegisterEntryDocument);
  const form = useForm<EntryValues>({ pseudonym: entry.pseudonym, watchNames: (entry.watchNames ?? []).join('\n') });
  const submit = async () => {
    const data = await update({
      input: { entryId: entry.id, pseudonym: form.values.pseudonym, watchNames: namesFromLines(form.values.watchNames) },
    });
    if (data) onDone(t('cases.register.saved', { pseudonym: data.updateResidentRegisterEntry.pseudonym }));
  };
  return (
    <Form
      onSubmit={submit}
      submitLabel={t('cases.register.save')}
      busy={loading}
      error={error}
      fields={form.names}
      label={t('cases.register.editLabel', { pseudonym: entry.pseudonym })}
      onCancel={() => onDone()}
    >
      <EntryFields field={(name) => form.field(name, error)} words={words} autoFocus />
    </Form>
  );
}

function AddEntry({
  organisationId,
  words,
  onAdded,
}: {
  organisationId: string;
  words: ResidentWords;
  onAdded: (pseudonym: string) => void;
}) {
  const { t } = useTexts();
  const [add, { loading, error }] = useMutation(AddResidentRegisterEntryDocument);
  const form = useForm<EntryValues>({ pseudonym: '', watchNames: '' });
  const submit = async () => {
    const data = await add({
      input: { organisationId, pseudonym: form.values.pseudonym, watchNames: namesFromLines(form.values.watchNames) },
    });
    if (data) {
      form.reset();
      onAdded(data.addResidentRegisterEntry.pseudonym);
    }
  };
  return (
    <div className="subsection">
      <h2>{t('cases.register.addTitle', words)}</h2>
      <Form
        onSubmit={submit}
        submitLabel={t('cases.register.add')}
        busy={loading}
        error={error}
        fields={form.names}
        label={t('cases.register.addTitle', words)}
      >
        <EntryFields field={(name) => form.field(name, error)} words={words} />
      </Form>
    </div>
  );
}
