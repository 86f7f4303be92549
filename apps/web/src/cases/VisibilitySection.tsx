import type { TFunction } from 'i18next';
import {
  CASE_CURATOR_ROLES,
  CASE_VISIBILITIES,
  CASE_VISIBILITY_INFO,
  VISIBILITY_CONSENT_RULES,
  isWiderVisibility,
  visibilityRank,
  type CaseVisibility,
} from '@kring/domain';
import { useState } from 'react';
import { useViewer } from '../app/auth';
import { CaseOrganisationDocument, SetCaseVisibilityDocument } from '../graphql/documents/cases';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { RadioGroup, TeamField } from '../ui/Field';
import { caseDetailsTexts } from './CaseDetailsFields';
import { GuardedForm, type GuardAnswers } from './GuardedForm';
import type { GuardedText } from './GuardPanel';
import type { CaseData, CaseSectionProps } from './types';
import { choosableTeams } from './viewer-roles';
import { visibilityLabels } from './visibility-labels';
import { useTexts } from './texts';

/** Who reads the case: every level explained, and for the author the choice. */
export function VisibilitySection({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { label } = useLocale();
  return (
    <>
      <p>
        <strong>{t('cases.visibility.current', { level: label(visibilityLabels, caseData.visibility) })}</strong>
      </p>
      <ul className="line-list">
        {CASE_VISIBILITIES.map((level) => (
          <li key={level} className={level === caseData.visibility ? 'line-list__marked' : undefined}>
            <strong>{label(visibilityLabels, level)}</strong> {level === caseData.visibility && t('cases.visibility.currentMark')}
            <br />
            {CASE_VISIBILITY_INFO[level].explanation[language]}
            {!caseData.allowedVisibilities.includes(level) && (
              <span className="visibility-level__consent">
                {t('cases.visibility.needsConsent')} {VISIBILITY_CONSENT_RULES[level].why[language]}
              </span>
            )}
          </li>
        ))}
      </ul>
      {caseData.viewerCanShare ? (
        <ChooseVisibility caseData={caseData} onChanged={onChanged} />
      ) : (
        <p className="muted">{t('cases.visibility.onlyAuthor')}</p>
      )}
    </>
  );
}

/** Everything a wider audience would read, as the server checks it before sharing. */
function allTexts(caseData: CaseData, t: TFunction): GuardedText[] {
  return [
    ...caseDetailsTexts(caseData, (field) => t(`cases.fields.${field}`)),
    ...caseData.chapters.flatMap((chapter) => [
      { field: `chapters.${chapter.id}.title`, label: `${chapter.position}. ${t('cases.fields.chapterTitle')}`, text: chapter.title },
      { field: `chapters.${chapter.id}.body`, label: `${chapter.position}. ${chapter.title}`, text: chapter.body },
    ]),
  ];
}

function ChooseVisibility({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  const { label } = useLocale();
  const viewer = useViewer();
  const organisation = useQuery(CaseOrganisationDocument, { id: caseData.organisationId });
  const choosable = choosableTeams(viewer, caseData.organisationId, organisation.data?.organisation.teams ?? [], CASE_CURATOR_ROLES);
  // The case's own team stays in the list even when the viewer could not pick it themselves.
  const teams = caseData.team && !choosable.some((team) => team.id === caseData.team?.id) ? [caseData.team, ...choosable] : choosable;
  const [share, { loading, error }] = useMutation(SetCaseVisibilityDocument);
  const [visibility, setVisibility] = useState<CaseVisibility>(caseData.visibility);
  const [teamId, setTeamId] = useState(caseData.team?.id ?? '');
  const [saved, setSaved] = useState<string>();

  const teamReads = visibilityRank(visibility) >= visibilityRank('team');
  const teamChanged = teamId !== (caseData.team?.id ?? '');
  // Sharing with anyone new re-checks every text, here and on the server.
  const sharing = isWiderVisibility(visibility, caseData.visibility) || (teamReads && teamChanged);

  const submit = async (answers: GuardAnswers) => {
    setSaved(undefined);
    const data = await share({
      input: { caseId: caseData.id, visibility, teamId: teamChanged && teamId ? teamId : null, ...answers },
    });
    if (data) {
      setSaved(label(visibilityLabels, data.setCaseVisibility.visibility));
      onChanged();
    }
  };

  return (
    <GuardedForm
      organisationId={caseData.organisationId}
      texts={sharing ? allTexts(caseData, t) : []}
      onSubmit={submit}
      submitLabel={t('cases.visibility.submit')}
      busy={loading}
      error={error}
      fields={['visibility', 'teamId']}
      label={t('cases.visibility.legend')}
      // By the button: above the explanation of every level it was screens away on a phone.
      status={saved && t('cases.visibility.saved', { level: saved })}
    >
      <RadioGroup
        legend={t('cases.visibility.legend')}
        name="visibility"
        options={CASE_VISIBILITIES.map((level) => {
          const allowed = caseData.allowedVisibilities.includes(level);
          return {
            value: level,
            disabled: !allowed,
            label: (
              <span>
                {label(visibilityLabels, level)}
                {!allowed && <span className="visibility-level__consent">{t('cases.visibility.needsConsent')}</span>}
              </span>
            ),
          };
        })}
        value={visibility}
        onChange={setVisibility}
        error={error?.fields.visibility}
      />
      {teams.length > 0 && (
        <TeamField
          label={t('cases.visibility.team')}
          name="teamId"
          optional={visibility !== 'team'}
          emptyOption={caseData.team ? undefined : t('cases.noTeam')}
          value={teamId}
          onChange={setTeamId}
          error={error?.fields.teamId}
          teams={teams}
        />
      )}
      {sharing && <p className="muted">{t('cases.visibility.wider')}</p>}
    </GuardedForm>
  );
}
