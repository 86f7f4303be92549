import { PRACTICE_SOURCE_LABELS, RUNNING_PRACTICE_STATUSES } from '@kring/domain';
import { useState } from 'react';
import { LearningOrganisationDocument, PracticesDocument } from '../graphql/documents/practices';
import type { TrackedPracticePartsFragment } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { PracticeItem } from '../reflection-sessions';
import '../reflection-sessions/sessions.css';
import { Alert } from '../ui/Alert';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { LearningTabs } from './LearningTabs';
import { LookBackForm } from './LookBackForm';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { TeamFilter } from '../ui/TeamFilter';
import { useTeamParam } from '../ui/useTeamParam';
import { withoutTeamWord } from '../ui/team-name';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** New practices from every activity, per team (/leren?organisatie=…&team=…): due look-backs first. */
export function PracticesPage() {
  const { t } = useTexts();
  const { organisations, organisationId, choose, teamId } = useTeamParam();
  return (
    <Page title={t('practices.title')} wide>
      <LearningTabs current="practices" organisationId={organisationId} />
      <p>{t('practices.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId ? <PracticeList organisationId={organisationId} teamId={teamId} /> : <NoOrganisation />}
    </Page>
  );
}

function PracticeList({ organisationId, teamId }: { organisationId: string; teamId: string }) {
  const { t } = useTexts();
  const organisation = useQuery(LearningOrganisationDocument, { id: organisationId });
  const practices = useQuery(PracticesDocument, { organisationId, teamId: teamId || null });
  const [saved, setSaved] = useState(false);
  const teams = organisation.data?.organisation.teams ?? [];

  if (!practices.data) return <NotLoaded error={practices.error} onRetry={practices.refetch} />;
  const all = practices.data.practices;
  const due = all.filter((p) => p.lookBackDue);
  const running = all.filter((p) => !p.lookBackDue && RUNNING_PRACTICE_STATUSES.includes(p.status));
  const finished = all.filter((p) => !RUNNING_PRACTICE_STATUSES.includes(p.status));
  const onSaved = () => {
    setSaved(true);
    practices.refetch();
  };

  return (
    <>
      {teams.length > 1 && <TeamFilter label={t('practices.chooseTeam')} allTeams={t('practices.allTeams')} teams={teams} />}
      {saved && <Alert tone="success">{t('practices.lookBack.saved')}</Alert>}
      {all.length === 0 && <p>{t('practices.empty')}</p>}
      {due.length > 0 && (
        <div className="due-region">
          <Section title={t('practices.due.title')}>
            <p>{t('practices.due.intro', { count: due.length })}</p>
            <PracticeGroup organisationId={organisationId} practices={due} onSaved={onSaved} due />
          </Section>
        </div>
      )}
      {running.length > 0 && (
        <Section title={t('practices.running')}>
          <PracticeGroup organisationId={organisationId} practices={running} onSaved={onSaved} />
        </Section>
      )}
      {finished.length > 0 && (
        <Section title={t('practices.finished')}>
          <PracticeGroup organisationId={organisationId} practices={finished} onSaved={onSaved} />
        </Section>
      )}
    </>
  );
}

function PracticeGroup({
  organisationId,
  practices,
  onSaved,
  due,
}: {
  organisationId: string;
  practices: TrackedPracticePartsFragment[];
  onSaved: () => void;
  due?: boolean;
}) {
  const { t } = useTexts();
  const { label } = useLocale();
  return (
    <ul className="practices">
      {practices.map((practice) => (
        <PracticeItem key={practice.id} practice={practice}>
          <p className="practice__meta muted">
            {[
              due && (
                <span key="due" className="badge">
                  {t('practices.due.badge')}
                </span>
              ),
              practice.sourceTitle
                ? t('practices.source', { source: label(PRACTICE_SOURCE_LABELS, practice.source), title: practice.sourceTitle })
                : label(PRACTICE_SOURCE_LABELS, practice.source),
              practice.team && t('practices.team', { team: withoutTeamWord(practice.team.name) }),
            ]
              .filter(Boolean)
              .flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}
          </p>
          <LookBackForm organisationId={organisationId} practice={practice} onSaved={onSaved} />
        </PracticeItem>
      ))}
    </ul>
  );
}
