import { CASE_CURATOR_ROLES } from '@kring/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useViewer } from '../app/auth';
import { CaseOrganisationDocument, CreateCaseDocument } from '../graphql/documents/cases';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { TeamField } from '../ui/Field';
import { useForm } from '../ui/Form';
import { NotLoaded, Page } from '../ui/Page';
import { useTextFinding } from '../ui/text-finding';
import { CaseDetailsFields, caseDetailsTexts } from './CaseDetailsFields';
import './cases.css';
import { ChapterFields, chapterTitleProblem, suggestedChapterTitle, type ChapterValues } from './ChapterFields';
import { GuardedForm, type GuardAnswers } from './GuardedForm';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { choosableTeams } from './viewer-roles';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** Writing a new case (/casussen/nieuw?organisatie=…): private to the author until shared. */
export function NewCasePage() {
  const { t } = useTexts();
  const { organisationId } = useChosenOrganisation();
  return (
    <Page title={t('cases.create.title')}>{organisationId ? <NewCaseForm organisationId={organisationId} /> : <NoOrganisation />}</Page>
  );
}

function NewCaseForm({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const organisation = useQuery(CaseOrganisationDocument, { id: organisationId });
  const [create, { loading, error }] = useMutation(CreateCaseDocument);
  const teams = choosableTeams(viewer, organisationId, organisation.data?.organisation.teams ?? [], CASE_CURATOR_ROLES);
  const form = useForm({ teamId: '', title: '', displayPseudonym: '', lifeStoryNote: '', burdenNote: '' });
  const [chapter, setChapter] = useState<ChapterValues>({ title: suggestedChapterTitle(language, 1), body: '' });
  // The chapter's title is checked here: the server would report it as `title`, the case's own field.
  const titleFinding = useTextFinding();
  // With one team to choose from, that is the team.
  const teamId = form.values.teamId || (teams.length === 1 ? teams[0].id : '');

  if (!organisation.data) return <NotLoaded error={organisation.error} onRetry={organisation.refetch} />;

  const texts = [
    ...caseDetailsTexts(form.values, (field) => t(`cases.fields.${field}`)),
    { field: 'chapterTitle', label: t('cases.fields.chapterTitle'), text: chapter.title },
    { field: 'chapterBody', label: t('cases.fields.chapterBody'), text: chapter.body },
  ];

  const submit = async (answers: GuardAnswers) => {
    const problem = chapterTitleProblem(chapter.title, language);
    titleFinding.say(chapter.title, problem);
    if (problem) {
      document.querySelector<HTMLInputElement>('input[name="chapterTitle"]')?.focus();
      return;
    }
    const { title, displayPseudonym, lifeStoryNote, burdenNote } = form.values;
    const data = await create({
      input: {
        organisationId,
        teamId: teamId || null,
        title,
        displayPseudonym: displayPseudonym || null,
        lifeStoryNote,
        burdenNote,
        firstChapter: chapter,
        ...answers,
      },
    });
    if (data) void navigate(`/casussen/${data.createCase.id}`);
  };

  return (
    <>
      <p>{t('cases.create.intro')}</p>
      <GuardedForm
        organisationId={organisationId}
        texts={texts}
        onSubmit={submit}
        submitLabel={t('cases.create.submit')}
        busy={loading}
        error={error}
        fields={[...form.names, 'body']}
      >
        {teams.length > 0 && (
          <TeamField
            label={t('cases.fields.team')}
            hint={t('cases.fields.teamHint')}
            optional
            emptyOption={t('cases.noTeam')}
            teams={teams}
            {...form.field('teamId', error)}
            value={teamId}
          />
        )}
        <CaseDetailsFields organisationId={organisationId} field={form.field} error={error} pseudonymOptional />
        <fieldset className="field chapter-fieldset">
          <legend>{t('cases.create.firstChapter')}</legend>
          <ChapterFields
            values={chapter}
            onChange={setChapter}
            errors={{ title: titleFinding.messageFor(chapter.title), body: error?.fields.body }}
          />
        </fieldset>
      </GuardedForm>
    </>
  );
}
