import { ERROR_MESSAGES, LEARNING_OVERVIEW_ROLES, LIMITS, STORY_LIMITS, STORYTELLER_IDENTITY_SENTENCE, type Language } from '@kring/domain';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useViewer } from '../app/auth';
import { useResidentWords } from '../app/useResidentWords';
import { choosableTeams, GuardedForm, type GuardAnswers } from '../cases';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import '../cases/cases.css';
import { LearningOrganisationDocument } from '../graphql/documents/practices';
import { CreateStoryDocument } from '../graphql/documents/stories';
import { useMutation, useQuery } from '../graphql/hooks';
import { LANGUAGE_OPTIONS } from '../i18n';
import { useLocalized } from '../i18n/localized';
import { withOrganisation } from '../practices';
import { SelectField, TeamField, TextField } from '../ui/Field';
import { Alert } from '../ui/Alert';
import { NotLoaded, Page } from '../ui/Page';
import { StoryFields, storyTexts, type StoryTextValues } from './StoryFields';
import './stories.css';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** Writing down a story (/verhalen/nieuw?organisatie=…): it stays with writer and teller until the member check. */
export function NewStoryPage() {
  const { t } = useTexts();
  const { organisationId } = useChosenOrganisation();
  return (
    <Page title={t('stories.create.title')}>{organisationId ? <NewStoryForm organisationId={organisationId} /> : <NoOrganisation />}</Page>
  );
}

function NewStoryForm({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const viewer = useViewer();
  const words = useResidentWords(organisationId);
  const localized = useLocalized();
  const navigate = useNavigate();
  const organisation = useQuery(LearningOrganisationDocument, { id: organisationId });
  const [create, { loading, error }] = useMutation(CreateStoryDocument);
  const [text, setText] = useState<StoryTextValues>({ title: '', body: '', valueIds: [] });
  const [teamChoice, setTeamChoice] = useState('');
  const [teller, setTeller] = useState<'colleague' | 'guest'>('guest');
  const [colleague, setColleague] = useState('');
  const [guest, setGuest] = useState({ name: '', email: '', language: 'nl' as Language });

  if (!organisation.data) return <NotLoaded error={organisation.error} onRetry={organisation.refetch} />;
  // A story belongs to the team that wrote it down: without a team to choose it is said before anything is typed, with the way to one.
  if (organisation.data.organisation.teams.length === 0)
    return (
      <Alert tone="info">
        <p>{localized(ERROR_MESSAGES.STORY_NEEDS_TEAM)}</p>
        <p>
          <Link to={`/organisatie/${organisationId}#teams`}>{t('stories.create.toTeams')}</Link>
        </p>
      </Alert>
    );
  const teams = choosableTeams(viewer, organisationId, organisation.data.organisation.teams, LEARNING_OVERVIEW_ROLES);
  const teamId = teamChoice || (teams.length === 1 ? teams[0].id : '');
  // Each person once, and never the writer: the storyteller checks the story and consents themselves.
  const colleagues = [
    ...new Map(
      organisation.data.organisation.members
        .filter((m) => m.person.id !== viewer.person.id)
        .map((m) => [m.person.id, m.person.displayName]),
    ).entries(),
  ].map(([value, label]) => ({ value, label }));

  const submit = async (answers: GuardAnswers) => {
    const storyteller =
      teller === 'colleague'
        ? { storytellerPersonId: colleague || null }
        : { storytellerName: guest.name || null, storytellerEmail: guest.email || null, storytellerLanguage: guest.language };
    const data = await create({ input: { organisationId, teamId: teamId || null, ...text, ...storyteller, ...answers } });
    if (data) void navigate(withOrganisation(`/verhalen/${data.createStory.id}`, organisationId));
  };

  return (
    <>
      <p>{t('stories.intro', words)}</p>
      {/* A colleague's name the guard knows already; a storyteller from outside only by what is typed here. */}
      <GuardedForm
        organisationId={organisationId}
        texts={storyTexts(text, t)}
        alsoPerson={teller === 'colleague' ? undefined : guest.name}
        onSubmit={submit}
        submitLabel={t('stories.create.submit')}
        busy={loading}
        error={error}
        fields={['teamId', 'title', 'body', 'valueIds', 'storytellerPersonId', 'storytellerName', 'storytellerEmail']}
      >
        <TeamField
          label={t('stories.fields.team')}
          hint={t('stories.fields.teamHint')}
          name="teamId"
          emptyOption={t('stories.fields.choose')}
          teams={teams}
          value={teamId}
          onChange={setTeamChoice}
          error={error?.fields.teamId}
        />
        <StoryFields values={text} onChange={setText} error={error} />
        <fieldset className="field">
          <legend>{t('stories.fields.storyteller')}</legend>
          <label className="checkbox">
            <input type="radio" name="teller" checked={teller === 'guest'} onChange={() => setTeller('guest')} />
            {t('stories.fields.guest', words)}
          </label>
          <label className="checkbox">
            <input type="radio" name="teller" checked={teller === 'colleague'} onChange={() => setTeller('colleague')} />
            {t('stories.fields.colleague')}
          </label>
        </fieldset>
        {teller === 'colleague' ? (
          <SelectField
            label={t('stories.fields.colleagueName')}
            name="storytellerPersonId"
            emptyOption={t('stories.fields.choose')}
            options={colleagues}
            value={colleague}
            onChange={setColleague}
            error={error?.fields.storytellerPersonId}
          />
        ) : (
          <>
            <TextField
              label={t('stories.fields.guestName')}
              hint={`${localized(STORYTELLER_IDENTITY_SENTENCE)} ${t('stories.fields.guestNameGuard')}`}
              name="storytellerName"
              value={guest.name}
              maxLength={STORY_LIMITS.storytellerName}
              onChange={(name) => setGuest({ ...guest, name })}
              error={error?.fields.storytellerName}
            />
            <TextField
              type="email"
              label={t('stories.fields.guestEmail')}
              hint={t('stories.fields.guestEmailHint')}
              name="storytellerEmail"
              value={guest.email}
              maxLength={LIMITS.email}
              onChange={(email) => setGuest({ ...guest, email })}
              error={error?.fields.storytellerEmail}
            />
            <SelectField
              label={t('stories.fields.guestLanguage')}
              name="storytellerLanguage"
              options={LANGUAGE_OPTIONS}
              value={guest.language}
              onChange={(language) => setGuest({ ...guest, language: language as Language })}
            />
          </>
        )}
      </GuardedForm>
    </>
  );
}
