import type { LocalNote } from '@kring/domain';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../ui/Alert';
import { Button, ConfirmButton } from '../../ui/Button';
import { Loading, Page } from '../../ui/Page';
import { useInPlaceOf } from '../../ui/in-place';
import { Section } from '../../ui/Section';
import { HostWords } from '../host-words';
import { NoteTags } from '../NoteTags';
import { conversationPath, visitPath } from '../paths';
import { closedReason } from './closed-notebook';
import { ConflictList } from './ConflictList';
import { LetGoNotice } from './LetGoNotice';
import { keepNoteDraft, keptNoteDraft } from './note-draft-store';
import { draftOf, fieldsOf, type NoteDraft } from './note-fields';
import { NoteForm } from './NoteForm';
import { NoteRefusalPanel } from './NoteRefusalPanel';
import { OfflineReady } from './OfflineReady';
import { SyncStatus } from './SyncStatus';
import { useNotebook } from './use-notebook';
import '../peer-visits.css';
import { useTexts } from '../texts';

/**
 * The visit notebook (domain guide §6.4): made for a phone in the living
 * room, and for no signal. It opens from the device without waiting for the
 * server, so it is routed outside the session check; what the device holds
 * goes as soon as the server says the session ended or the notebook is not
 * the viewer's (use-notebook: refused), and logging out takes it too.
 */
export function NotebookPage() {
  const { t } = useTexts();
  const { visitId = '' } = useParams();
  const notebook = useNotebook(visitId);
  const editing = useInPlaceOf<string>();
  // "Tekst weghalen" on a note the server asked about: it opens to be rewritten, its text taken out.
  const [emptied, setEmptied] = useState<string | null>(null);
  const { visit } = notebook;
  const personId = visit?.personId;
  // Read once per visit and person: the form takes it as its start and keeps every change from then on.
  const unsaved = useMemo(
    () =>
      personId
        ? { restored: keptNoteDraft(visitId, personId), keep: (draft: NoteDraft) => keepNoteDraft(visitId, personId, draft) }
        : undefined,
    [visitId, personId],
  );

  if (!notebook.loaded)
    return (
      <Page title={t('visits.notebook.title')}>
        <Loading />
      </Page>
    );
  if (notebook.letGo)
    return (
      <Page title={t('visits.notebook.title')}>
        <LetGoNotice visitId={visitId} letGo={notebook.letGo} />
      </Page>
    );
  if (!visit) {
    return (
      <Page title={t('visits.notebook.title')}>
        <SyncStatus
          online={notebook.online}
          syncing={notebook.syncing}
          pending={0}
          error={notebook.error}
          onSync={() => void notebook.sync()}
        />
        {!notebook.syncing && !notebook.online && <Alert tone="info">{t('visits.notebook.firstTimeOnline')}</Alert>}
        {notebook.syncing && <Loading />}
      </Page>
    );
  }

  const lens = { lensValueIds: visit.valueIds, lensThemeIds: visit.mirrorThemeIds, procedure: visit.procedure };
  // The device's last word on the visit (a refusal by the server shows LetGoNotice instead).
  const open = visit.open;
  const closed = t(`visits.notebook.closed.${closedReason(visit) ?? 'unknown'}`);
  const withdraw = (note: LocalNote) => void notebook.write(note.clientId, { ...note.fields, deleted: true });

  return (
    <HostWords term={visit.residentTerm}>
      <Page title={t('visits.notebook.titleAt', { host: visit.hostName })}>
        <div className="notebook__status">
          <SyncStatus
            online={notebook.online}
            syncing={notebook.syncing}
            pending={notebook.pending}
            waiting={notebook.waiting}
            error={notebook.error}
            onSync={() => void notebook.sync()}
          />
        </div>
        {notebook.online && <OfflineReady />}
        {visit.focusQuestion && <p className="lead notebook__focus">{t('visits.notebook.focus', { question: visit.focusQuestion })}</p>}
        <ConflictList conflicts={notebook.conflicts} onChoose={(id, choice) => void notebook.resolve(id, choice)} />

        {open ? (
          <Section title={t('visits.notebook.newTitle')} titleOnPhone={false}>
            <NoteForm
              {...lens}
              unsaved={unsaved}
              submitLabel={t('visits.notebook.save')}
              onSave={(draft, answers) => notebook.write(null, fieldsOf(draft), answers)}
            />
          </Section>
        ) : (
          <Alert tone="info">{closed}</Alert>
        )}
        {/* The explanation comes after the form: on a phone the first screen is for writing. A closed notebook does not invite writing. */}
        {open && <p className="muted">{t('visits.notebook.intro')}</p>}

        <Section title={t('visits.notebook.mineTitle', { count: notebook.mine.length })}>
          {notebook.mine.length === 0 ? (
            <p>{t('visits.notebook.mineEmpty')}</p>
          ) : (
            <ul className="card-list">
              {[...notebook.mine].reverse().map((note) =>
                editing.opened === note.clientId ? (
                  <li key={note.clientId} className="card">
                    <NoteForm
                      {...lens}
                      initial={{ ...draftOf(note.fields), ...(emptied === note.clientId ? { body: '' } : {}) }}
                      submitLabel={t('visits.notebook.saveChange')}
                      onSave={async (draft, answers) => {
                        await notebook.write(note.clientId, fieldsOf(draft), answers);
                        editing.stop();
                      }}
                      onCancel={editing.stop}
                    />
                  </li>
                ) : (
                  <li key={note.clientId} className="card note">
                    {note.pending?.refusal ? (
                      <NoteRefusalPanel
                        body={note.fields.body}
                        refusal={note.pending.refusal}
                        onConfirm={(acknowledgedFindings) =>
                          void notebook.answer(note.clientId, { acknowledged: true, acknowledgedFindings })
                        }
                        onKeep={(promptId) => void notebook.answer(note.clientId, { keptFlagged: true, promptId })}
                        onRemove={() => {
                          setEmptied(note.clientId);
                          editing.start(note.clientId);
                        }}
                      />
                    ) : (
                      <p>{note.fields.body}</p>
                    )}
                    <NoteTags note={note.fields} />
                    {note.pending && <span className="badge">{t('visits.notebook.notSynced')}</span>}
                    {open && (
                      <div className="actions">
                        <Button
                          variant="secondary"
                          aria-label={`${t('visits.notebook.edit')}: ${note.fields.body}`}
                          autoFocus={editing.returnsTo(note.clientId)}
                          onClick={() => {
                            setEmptied(null);
                            editing.start(note.clientId);
                          }}
                        >
                          {t('visits.notebook.edit')}
                        </Button>
                        <ConfirmButton
                          label={t('visits.notebook.withdraw')}
                          target={note.fields.body}
                          confirmLabel={t('visits.notebook.withdrawConfirm')}
                          onConfirm={() => withdraw(note)}
                        />
                      </div>
                    )}
                  </li>
                ),
              )}
            </ul>
          )}
        </Section>

        {notebook.others.length > 0 && (
          <Section title={t('visits.notebook.othersTitle')}>
            <ul className="card-list">
              {notebook.others.map((note) => (
                <li key={note.clientId} className="card note">
                  <p>{note.fields.body}</p>
                  <NoteTags note={note.fields} />
                  <p className="muted">{visit.authors[note.authorId] ?? t('visits.notebook.otherVisitor')}</p>
                </li>
              ))}
            </ul>
          </Section>
        )}

        <p className="actions">
          <Link to={conversationPath(visitId)}>{t('visits.links.conversation')}</Link>
          <Link to={visitPath(visitId)}>{t('visits.links.visit')}</Link>
        </p>
      </Page>
    </HostWords>
  );
}
