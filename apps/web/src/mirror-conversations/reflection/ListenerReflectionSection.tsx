import { HARVEST_THEMES, MENSPERSPECTIEF_LENS } from '@kring/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useViewer } from '../../app/auth';
import { asGraphqlError, GraphqlError, request } from '../../graphql/client';
import {
  LinkMirrorListenerReflectionDocument,
  MirrorHarvestDocument,
  MirrorPlanningOptionsDocument,
  PlanListenerReflectionDocument,
  PrefillListenerReflectionDocument,
} from '../../graphql/documents/mirror-conversations';
import { sessionPath } from '../../reflection-sessions';
import { TeamField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { useQuery } from '../../graphql/hooks';
import { NotLoaded } from '../../ui/Page';
import { useLocalized } from '../../i18n/localized';
import type { ConversationSectionProps } from '../types';
import { localDateTime } from '../../ui/local-date-time';
import { useTexts } from '../texts';

/** The shipped method made for this step: what struck us, what we will try, when we tell the relatives. */
const LISTENER_REFLECTION_METHOD = 'listener_reflection';

/**
 * The listener reflection (luisteraarsreflectie): one action plans a
 * reflection session for the team — the listeners invited, the moderator
 * leading — with what we heard per theme already in its harvest as a
 * starting point. Quotes stay out: they live only in the harvest, where
 * consent is checked each time they are read.
 */
export function ListenerReflectionSection({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const viewer = useViewer();
  const localized = useLocalized();
  const form = useForm({ date: '', time: '', teamId: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphqlError>();

  if (conversation.listenerSession) {
    return (
      <p>
        {t('mirror.reflection.planned')} <Link to={sessionPath(conversation.listenerSession.id)}>{conversation.listenerSession.name}</Link>
      </p>
    );
  }
  if (conversation.status !== 'approved') return <p className="muted">{t('mirror.reflection.notYet')}</p>;
  if (conversation.viewerRole !== 'moderator') return <p className="muted">{t('mirror.reflection.moderatorPlans')}</p>;
  const teamId = conversation.team?.id ?? form.values.teamId;

  const plan = async () => {
    const scheduledAt = localDateTime(form.values.date, form.values.time);
    if (!teamId)
      return setError(
        new GraphqlError(t('mirror.reflection.teamMissing'), 'BAD_USER_INPUT', { teamId: t('mirror.reflection.teamMissing') }),
      );
    if (!scheduledAt)
      return setError(new GraphqlError(t('mirror.plan.whenMissing'), 'BAD_USER_INPUT', { date: t('mirror.plan.whenMissing') }));
    setBusy(true);
    setError(undefined);
    try {
      const { planSession } = await request(PlanListenerReflectionDocument, {
        input: {
          organisationId: conversation.organisationId,
          teamId,
          question: t('mirror.reflection.question', { theme: conversation.theme }),
          methodId: LISTENER_REFLECTION_METHOD,
          scheduledAt,
          moderatorId: viewer.person.id,
          participantIds: conversation.listeners.map((l) => l.id),
          lensIds: [MENSPERSPECTIEF_LENS.id],
        },
      });
      // Linked first, so a hiccup while pre-filling never leaves a session nobody can find from here.
      await request(LinkMirrorListenerReflectionDocument, { input: { conversationId: conversation.id, sessionId: planSession.id } });
      const { mirrorHarvest } = await request(MirrorHarvestDocument, { conversationId: conversation.id });
      for (const theme of mirrorHarvest.themes.filter((th) => th.summary)) {
        const name = localized(HARVEST_THEMES.find((th) => th.id === theme.themeId)!.name);
        await request(PrefillListenerReflectionDocument, {
          input: {
            sessionId: planSession.id,
            kind: 'insight',
            body: t('mirror.reflection.prefill', { theme: name, summary: theme.summary }),
          },
        });
      }
      onChanged();
    } catch (e) {
      setError(asGraphqlError(e));
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('mirror.reflection.intro')}</p>
      <Form
        label={t('mirror.reflection.title')}
        onSubmit={plan}
        submitLabel={t('mirror.reflection.submit')}
        busy={busy}
        error={error}
        fields={form.names}
      >
        {!conversation.team && <TeamChoice organisationId={conversation.organisationId} {...form.field('teamId', error)} />}
        <div className="mirror-row">
          <TextField label={t('mirror.plan.date')} type="date" {...form.field('date', error)} />
          <TextField label={t('mirror.plan.time')} type="time" {...form.field('time', error)} />
        </div>
      </Form>
    </>
  );
}

/**
 * A conversation planned without a team: the moderator chooses here the team that holds the reflection (its details
 * are fixed once the harvest is approved); the conversation then belongs to that team.
 */
function TeamChoice({
  organisationId,
  ...field
}: {
  organisationId: string;
  name: string;
  value: string;
  onChange: (teamId: string) => void;
  error?: string;
}) {
  const { t } = useTexts();
  const teams = useQuery(MirrorPlanningOptionsDocument, { organisationId });
  if (!teams.data) return <NotLoaded error={teams.error} onRetry={teams.refetch} />;
  return (
    <TeamField
      label={t('mirror.reflection.team')}
      hint={t('mirror.reflection.teamHint')}
      emptyOption={t('mirror.reflection.chooseTeam')}
      teams={teams.data.organisation.teams}
      {...field}
    />
  );
}
