import { checkinPrompt, CHECKIN_TOPICS, LIMITS, type CheckinTopicId } from '@kring/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { EntrepreneurCheckinDocument, SaveCheckinNoteDocument } from '../graphql/documents/peer-visits';
import type { EntrepreneurCheckinQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { TextAreaField } from '../ui/Field';
import { Form } from '../ui/Form';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { useLocalized } from '../i18n/localized';
import { useResidentTerm } from '../app/useResidentWords';
import { visitPath } from './paths';
import './peer-visits.css';
import { useTexts } from './texts';

type CheckinNote = EntrepreneurCheckinQuery['entrepreneurCheckin']['notes'][number];

/**
 * The entrepreneurs' check-in (domain guide §6.8): an open conversation
 * between the two entrepreneurs on the main vulnerabilities, never scored;
 * only they see it, unless an author shares a note with the network.
 */
export function CheckinPage() {
  const { t } = useTexts();
  const local = useLocalized();
  const { visitId = '' } = useParams();
  // The questions speak of the entrepreneur's own people, in the word of their organisation (the session holds it).
  const residentTerm = useResidentTerm();
  const { data, error, refetch } = useQuery(EntrepreneurCheckinDocument, { visitId });
  if (!data) return <Page title={t('visits.checkin.title')} notLoaded={{ error, onRetry: refetch }} />;
  const notes = data.entrepreneurCheckin.notes;
  return (
    <Page title={t('visits.checkin.titleAt', { host: data.peerVisit.host.name })}>
      <p className="lead">{t('visits.checkin.intro')}</p>
      {CHECKIN_TOPICS.map((topic) => (
        <Section key={topic.id} title={local(topic.name)}>
          <p className="prompt">{local(checkinPrompt(topic.id, residentTerm))}</p>
          {notes
            .filter((n) => n.topic === topic.id && !n.mine)
            .map((n) => (
              <blockquote key={n.id} className="card">
                <p className="prose">{n.body}</p>
                <footer className="muted">{n.author}</footer>
              </blockquote>
            ))}
          <OwnNote visitId={visitId} topic={topic.id} note={notes.find((n) => n.topic === topic.id && n.mine)} onSaved={refetch} />
        </Section>
      ))}
      <p className="link-alone">
        <Link to={visitPath(visitId)}>{t('visits.links.visit')}</Link>
      </p>
    </Page>
  );
}

function OwnNote({
  visitId,
  topic,
  note,
  onSaved,
}: {
  visitId: string;
  topic: CheckinTopicId;
  note: CheckinNote | undefined;
  onSaved: () => void;
}) {
  const { t } = useTexts();
  const [body, setBody] = useState(note?.body ?? '');
  const [shared, setShared] = useState(note?.sharedWithNetwork ?? false);
  const [save, { loading, error }] = useMutation(SaveCheckinNoteDocument);
  // "Bewaard." by the button, until the next change: it is about the note as saved, not as typed since.
  const [saved, setSaved] = useState<{ body: string; shared: boolean }>();
  return (
    <Form
      onSubmit={async () => {
        const done = await save({ input: { visitId, topic, body, sharedWithNetwork: shared } });
        setSaved(done ? { body, shared } : undefined);
        if (done) onSaved();
      }}
      submitLabel={t('visits.checkin.save')}
      busy={loading}
      error={error}
      fields={['body']}
      label={t('visits.checkin.yourNote')}
      status={saved?.body === body && saved.shared === shared && t('visits.checkin.saved')}
    >
      <TextAreaField
        label={t('visits.checkin.yourNote')}
        hint={t('visits.checkin.emptyRemoves')}
        optional
        rows={3}
        maxLength={LIMITS.longText}
        value={body}
        onChange={setBody}
        error={error?.fields.body}
      />
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        {t('visits.checkin.share')}
      </label>
    </Form>
  );
}
