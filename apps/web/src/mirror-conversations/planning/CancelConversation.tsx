import { MIRROR_LIMITS } from '@kring/domain';
import { CancelMirrorConversationDocument } from '../../graphql/documents/mirror-conversations';
import { useMutation } from '../../graphql/hooks';
import { TextAreaField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { usePurgedOnEvent } from '../../ui/retention';
import type { ConversationSectionProps } from '../types';
import { useTexts } from '../texts';

/**
 * Calling the conversation off, behind a disclosure: the message goes to every
 * invited relative by e-mail and appears on their own page, so it is written for them.
 */
export function CancelConversation({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const [cancel, { loading, error }] = useMutation(CancelMirrorConversationDocument);
  const form = useForm({ message: t('mirror.cancel.defaultMessage') });
  const purged = usePurgedOnEvent('mirror_conversation_cancelled');
  return (
    <details className="mirror-disclosure">
      <summary>{t('mirror.cancel.open')}</summary>
      <p>
        {t('mirror.cancel.intro', { count: conversation.readiness?.invited ?? conversation.participantCount })} {purged}
      </p>
      <Form
        label={t('mirror.cancel.open')}
        onSubmit={async () => {
          if (await cancel({ input: { conversationId: conversation.id, message: form.values.message } })) onChanged();
        }}
        submitLabel={t('mirror.cancel.submit')}
        busy={loading}
        error={error}
        fields={form.names}
      >
        <TextAreaField
          label={t('mirror.cancel.message')}
          hint={t('mirror.cancel.messageHint')}
          optional
          rows={4}
          maxLength={MIRROR_LIMITS.cancelMessageMaxLength}
          {...form.field('message', error)}
        />
      </Form>
    </details>
  );
}
