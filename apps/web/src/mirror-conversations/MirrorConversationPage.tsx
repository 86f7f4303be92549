import { MIRROR_STATUS_LABELS } from '@kring/domain';
import type { ComponentType } from 'react';
import { Link, useParams } from 'react-router-dom';
import { MirrorConversationDocument } from '../graphql/documents/mirror-conversations';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';
import { SectionsOf } from '../ui/Section';
import { HarvestSection } from './harvest/HarvestSection';
import { LetterSection } from './letter/LetterSection';
import { ParticipantsSection } from './participants/ParticipantsSection';
import { MIRROR_PATH, mirrorPath } from './paths';
import { CancelConversation } from './planning/CancelConversation';
import { EditDetails } from './planning/EditDetails';
import { LearningWishes } from './planning/LearningWishes';
import { PriorInputList } from './planning/PriorInputList';
import { QuestionGuide } from './planning/QuestionGuide';
import { Readiness } from './planning/Readiness';
import { roleText } from './roleText';
import { ListenerReflectionSection } from './reflection/ListenerReflectionSection';
import type { Conversation, ConversationSectionProps } from './types';
import './mirror.css';
import { useTexts } from './texts';

/** The parts of the page in the order of the method; the anchors are Dutch, like the paths. */
const SECTIONS = [
  { id: 'voorbereiden', title: 'mirror.sections.prepare', body: Preparation },
  { id: 'naasten', title: 'mirror.sections.invite', body: ParticipantsSection, shown: (c) => c.viewerCanPlan },
  {
    id: 'gesprek',
    title: 'mirror.sections.conversation',
    body: ConversationLinks,
    shown: (c) => c.viewerRole === 'moderator' || c.viewerRole === 'listener' || c.viewerCanPlan,
  },
  { id: 'oogst', title: 'mirror.sections.harvest', body: HarvestSection },
  { id: 'luisteraarsreflectie', title: 'mirror.sections.reflection', body: ListenerReflectionSection },
  { id: 'brief', title: 'mirror.sections.letter', body: LetterSection },
] as const satisfies readonly {
  id: string;
  title: string;
  body: ComponentType<ConversationSectionProps>;
  shown?: (c: Conversation) => boolean;
}[];

export function MirrorConversationPage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MirrorConversationDocument, { conversationId: id });
  if (!data) return <Page title={t('mirror.title')} notLoaded={{ error, onRetry: refetch }} />;
  const conversation = data.mirrorConversation;
  const sections = SECTIONS.filter((s) => !('shown' in s) || s.shown(conversation));
  return (
    <Page title={conversation.theme} wide>
      <p className="link-alone">
        <Link to={MIRROR_PATH}>{t('mirror.detail.back')}</Link>
      </p>
      <Overview conversation={conversation} />
      <SectionsOf
        label={t('mirror.detail.sectionsLabel')}
        sections={sections}
        titleOf={(key) => t(key)}
        props={{ conversation, onChanged: refetch }}
      />
    </Page>
  );
}

function Overview({ conversation }: { conversation: Conversation }) {
  const { t } = useTexts();
  const { label, dateTime } = useLocale();
  return (
    <>
      <p>
        <span className="badge">{label(MIRROR_STATUS_LABELS, conversation.status)}</span>{' '}
        {roleText(t, conversation.viewerRole, conversation.status)}
      </p>
      <dl className="details mirror-overview">
        <dt>{t('mirror.detail.when')}</dt>
        <dd>
          {dateTime(conversation.scheduledAt)} · {t('mirror.detail.minutes', { minutes: conversation.durationMinutes })}
          {conversation.place && ` · ${conversation.place}`}
        </dd>
        <dt>{t('mirror.detail.moderator')}</dt>
        <dd>{conversation.moderator.displayName}</dd>
        <dt>{t('mirror.detail.team')}</dt>
        <dd>{conversation.team?.name ?? t('mirror.detail.noTeam')}</dd>
        <dt>{t('mirror.detail.listeners')}</dt>
        <dd>
          {conversation.listeners.length ? conversation.listeners.map((l) => l.displayName).join(', ') : t('mirror.detail.noListeners')}
        </dd>
      </dl>
      {conversation.cancelledAt && (
        <Alert tone="info">
          {t('mirror.cancel.done', { date: dateTime(conversation.cancelledAt) })}
          {conversation.cancelMessage && <span className="mirror-cancel-message"> {conversation.cancelMessage}</span>}
        </Alert>
      )}
      {conversation.moderatorNotIndependent && (
        <Alert tone="info">{t('mirror.plan.notIndependent', { name: conversation.moderator.displayName })}</Alert>
      )}
    </>
  );
}

function Preparation({ conversation, onChanged }: ConversationSectionProps) {
  const editable = conversation.viewerCanPlan && (conversation.status === 'planned' || conversation.status === 'live');
  return (
    <>
      {conversation.status === 'planned' && <Readiness conversation={conversation} />}
      {editable && <EditDetails conversation={conversation} onChanged={onChanged} />}
      {editable && <CancelConversation conversation={conversation} onChanged={onChanged} />}
      <LearningWishes conversation={conversation} onChanged={onChanged} />
      <QuestionGuide conversation={conversation} onChanged={onChanged} />
      {conversation.viewerRole === 'moderator' && <PriorInputList conversation={conversation} />}
    </>
  );
}

function ConversationLinks({ conversation }: ConversationSectionProps) {
  const { t } = useTexts();
  const inRoom = conversation.viewerRole === 'moderator' || conversation.viewerRole === 'listener';
  return (
    <>
      <p>{t(`mirror.detail.conversation.${conversation.status}`)}</p>
      <div className="mirror-buttons">
        {inRoom && (
          <Link className="button button--primary" to={mirrorPath(conversation.id, 'gesprek')}>
            {conversation.viewerRole === 'moderator' ? t('mirror.detail.toConsole') : t('mirror.detail.toListening')}
          </Link>
        )}
        <Link className="button button--secondary" to={mirrorPath(conversation.id, 'scherm')}>
          {t('mirror.detail.toProjector')}
        </Link>
      </div>
      <p className="muted">{t('mirror.detail.projectorHint')}</p>
    </>
  );
}
