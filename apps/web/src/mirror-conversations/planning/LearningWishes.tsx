import { MIRROR_LIMITS } from '@kring/domain';
import { AddMirrorLearningWishDocument, RemoveMirrorLearningWishDocument } from '../../graphql/documents/mirror-conversations';
import { useMutation } from '../../graphql/hooks';
import { ConfirmButton } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import type { ConversationSectionProps } from '../types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

/** What staff want to learn from the relatives; the moderator makes the question guide from it. */
export function LearningWishes({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const [add, { loading, error }] = useMutation(AddMirrorLearningWishDocument);
  const [remove, removal] = useMutation(RemoveMirrorLearningWishDocument);
  const form = useForm({ body: '' });
  const open = conversation.status === 'planned';
  return (
    <div className="subsection">
      <h3>{t('mirror.wishes.title')}</h3>
      <p>{t('mirror.wishes.intro')}</p>
      <ErrorAlert error={removal.error} />
      {conversation.learningWishes.length === 0 ? (
        <p className="muted">{t('mirror.wishes.empty')}</p>
      ) : (
        <ul className="mirror-wishes">
          {conversation.learningWishes.map((wish) => (
            <li key={wish.id}>
              <span className="prose">{wish.body}</span>
              {wish.author && <span className="muted"> · {wish.author.name}</span>}
              {open && (wish.mine || conversation.viewerCanPlan) && (
                <>
                  {' '}
                  <ConfirmButton
                    label={t('mirror.wishes.remove')}
                    target={wish.body}
                    confirmLabel={t('mirror.wishes.confirmRemove')}
                    busy={removal.loading}
                    onConfirm={() => void remove({ wishId: wish.id }).then((data) => data && onChanged())}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <Form
          label={t('mirror.wishes.title')}
          onSubmit={async () => {
            if (await add({ input: { conversationId: conversation.id, body: form.values.body } })) {
              form.reset();
              onChanged();
            }
          }}
          submitLabel={t('mirror.wishes.submit')}
          busy={loading}
          error={error}
          fields={form.names}
        >
          <TextAreaField
            label={t('mirror.wishes.label')}
            rows={2}
            maxLength={MIRROR_LIMITS.learningWishMaxLength}
            {...form.field('body', error)}
          />
        </Form>
      ) : (
        <p className="muted">{t('mirror.wishes.closed')}</p>
      )}
    </div>
  );
}
