import { MIRROR_LIMITS } from '@kring/domain';
import { useState } from 'react';
import {
  DraftMirrorLetterDocument,
  MirrorLetterDocument,
  SaveMirrorLetterDocument,
  SendMirrorLetterDocument,
} from '../../graphql/documents/mirror-conversations';
import type { MirrorLetterPartsFragment } from '../../graphql/generated';
import { useMutation, useQuery } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Button, ConfirmButton } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { NotLoaded } from '../../ui/Page';
import { LetterBack } from '../../ui/LetterBack';
import { PdfButton } from '../../ui/PdfButton';
import type { ConversationSectionProps } from '../types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

/**
 * The letter back (close the loop): "wat we hoorden, wat we gaan doen",
 * drafted from the harvest and the practices of the listener reflection,
 * edited and sent by the moderator; readable on every participant's page
 * and as PDF. Quotes are added when it is read, with consent as it is then.
 */
export function LetterSection({ conversation }: ConversationSectionProps) {
  const { t } = useTexts();
  if (conversation.status !== 'approved') return <p className="muted">{t('mirror.letter.notYet')}</p>;
  return <Letter conversationId={conversation.id} isModerator={conversation.viewerRole === 'moderator'} />;
}

function Letter({ conversationId, isModerator }: { conversationId: string; isModerator: boolean }) {
  const { t } = useTexts();
  const { data, error, refetch } = useQuery(MirrorLetterDocument, { conversationId });
  const [draft, drafting] = useMutation(DraftMirrorLetterDocument);
  const [letter, setLetter] = useState<MirrorLetterPartsFragment | null>();
  // A new draft replaces the text in the form; saving keeps the form as it is.
  const [drafts, setDrafts] = useState(0);
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  const current = letter === undefined ? data.mirrorLetter : letter;
  const writeDraft = async () => {
    const result = await draft({ conversationId });
    if (result) {
      setLetter(result.draftMirrorLetter);
      setDrafts((n) => n + 1);
    }
  };
  if (!current) {
    if (!isModerator) return <p className="muted">{t('mirror.letter.notWritten')}</p>;
    return (
      <>
        <p>{t('mirror.letter.intro')}</p>
        <ErrorAlert error={drafting.error} />
        <Button busy={drafting.loading} onClick={() => void writeDraft()}>
          {t('mirror.letter.draft')}
        </Button>
      </>
    );
  }
  return (
    <>
      {isModerator ? <LetterEditor key={drafts} letter={current} onChange={setLetter} /> : <LetterView letter={current} />}
      {isModerator && (
        <div className="mirror-buttons">
          <ConfirmButton
            label={t('mirror.letter.redraft')}
            target={t('mirror.letter.heard')}
            confirmLabel={t('mirror.letter.confirmRedraft')}
            busy={drafting.loading}
            onConfirm={() => void writeDraft()}
          />
        </div>
      )}
      <div className="subsection">
        <PdfButton path={`/mirror-conversations/${conversationId}/letter.pdf`}>{t('mirror.letter.pdf')}</PdfButton>
      </div>
    </>
  );
}

/** The quotes that go along, shown in the editor between the two texts. */
function Quotes({ letter }: { letter: MirrorLetterPartsFragment }) {
  const { t } = useTexts();
  if (letter.quotes.length === 0) return null;
  return (
    <>
      <h4>{t('mirror.letter.quotes')}</h4>
      {letter.quotes.map((q) => (
        <blockquote key={q.id} className="quote mirror-quote">
          {q.body}
        </blockquote>
      ))}
      <p className="field__hint">{t('mirror.letter.quotesHint')}</p>
    </>
  );
}

function LetterView({ letter }: { letter: MirrorLetterPartsFragment }) {
  const { t } = useTexts();
  return (
    <article className="card">
      <LetterBack
        letter={letter}
        quotes={letter.quotes.map((q) => ({ key: q.id, body: q.body }))}
        headingLevel={4}
        quoteClassName="quote mirror-quote"
        quotesNote={<p className="field__hint">{t('mirror.letter.quotesHint')}</p>}
        texts={{
          heard: t('mirror.letter.heard'),
          quotes: t('mirror.letter.quotes'),
          willDo: t('mirror.letter.willDo'),
          sentOn: (date) => t('mirror.letter.sentOn', { date }),
          lookBack: (date) => t('mirror.letter.lookBack', { date }),
        }}
      />
    </article>
  );
}

function LetterEditor({ letter, onChange }: { letter: MirrorLetterPartsFragment; onChange: (letter: MirrorLetterPartsFragment) => void }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const form = useForm({ heard: letter.heard, willDo: letter.willDo, lookBackOn: letter.lookBackOn ?? '' });
  const [save, saving] = useMutation(SaveMirrorLetterDocument);
  const [send, sending] = useMutation(SendMirrorLetterDocument);
  const [notice, setNotice] = useState<string>();
  const store = async () => {
    const result = await save({
      input: {
        conversationId: letter.conversationId,
        heard: form.values.heard,
        willDo: form.values.willDo,
        lookBackOn: form.values.lookBackOn || null,
      },
    });
    return result?.saveMirrorLetter;
  };
  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      {letter.sentAt && !notice && <p className="muted">{t('mirror.letter.sentOn', { date: date(letter.sentAt) })}</p>}
      <Form
        label={t('mirror.letter.title')}
        onSubmit={async () => {
          setNotice(undefined);
          const saved = await store();
          if (saved) {
            setNotice(t('mirror.letter.saved'));
            onChange(saved);
          }
        }}
        submitLabel={t('mirror.letter.save')}
        busy={saving.loading}
        error={saving.error ?? sending.error}
        fields={form.names}
      >
        <TextAreaField
          label={t('mirror.letter.heard')}
          rows={8}
          maxLength={MIRROR_LIMITS.letterSectionMaxLength}
          {...form.field('heard', saving.error)}
        />
        <Quotes letter={letter} />
        <TextAreaField
          label={t('mirror.letter.willDo')}
          rows={6}
          maxLength={MIRROR_LIMITS.letterSectionMaxLength}
          {...form.field('willDo', saving.error)}
        />
        <TextField
          label={t('mirror.letter.lookBackOn')}
          hint={t('mirror.letter.lookBackHint')}
          type="date"
          optional
          {...form.field('lookBackOn', saving.error)}
        />
      </Form>
      <div className="subsection">
        <p>{t('mirror.letter.recipients', { count: letter.emailRecipients })}</p>
        <ConfirmButton
          label={letter.sentAt ? t('mirror.letter.sendAgain') : t('mirror.letter.send')}
          target={t('mirror.letter.title')}
          confirmLabel={t('mirror.letter.confirmSend')}
          busy={sending.loading || saving.loading}
          onConfirm={() =>
            void (async () => {
              setNotice(undefined);
              // What is in the form is what goes out.
              if (!(await store())) return;
              const result = await send({ conversationId: letter.conversationId });
              if (result) {
                setNotice(t('mirror.letter.sent', { count: result.sendMirrorLetter.emailRecipients }));
                onChange(result.sendMirrorLetter);
              }
            })()
          }
        />
      </div>
    </>
  );
}
