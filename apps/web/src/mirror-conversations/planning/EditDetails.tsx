import { useState } from 'react';
import { useViewer } from '../../app/auth';
import { MirrorPlanningOptionsDocument, UpdateMirrorConversationDocument } from '../../graphql/documents/mirror-conversations';
import { useMutation, useQuery } from '../../graphql/hooks';
import { Alert } from '../../ui/Alert';
import { NotLoaded } from '../../ui/Page';
import type { ConversationSectionProps } from '../types';
import { ConversationForm } from './ConversationForm';
import { useTexts } from '../texts';

/** Changing the plan, behind a disclosure: most visits to the page are not for this. */
export function EditDetails({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(MirrorPlanningOptionsDocument, { organisationId: conversation.organisationId });
  const [update, { loading, error: updateError }] = useMutation(UpdateMirrorConversationDocument);
  const [saved, setSaved] = useState(false);
  return (
    <details className="mirror-disclosure">
      <summary>{t('mirror.details.edit')}</summary>
      {saved && <Alert tone="success">{t('mirror.details.saved')}</Alert>}
      {!data ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : (
        <ConversationForm
          options={data.organisation}
          viewerId={viewer.person.id}
          initial={{
            theme: conversation.theme,
            scheduledAt: conversation.scheduledAt,
            durationMinutes: conversation.durationMinutes,
            place: conversation.place,
            teamId: conversation.team?.id ?? null,
            moderatorId: conversation.moderator.id,
            listenerIds: conversation.listeners.map((l) => l.id),
            escalationProcedure: conversation.escalationProcedure,
          }}
          submitLabel={t('mirror.details.save')}
          busy={loading}
          error={updateError}
          onSubmit={async (values) => {
            setSaved(false);
            if (await update({ input: { conversationId: conversation.id, ...values } })) {
              setSaved(true);
              onChanged();
            }
          }}
        />
      )}
    </details>
  );
}
