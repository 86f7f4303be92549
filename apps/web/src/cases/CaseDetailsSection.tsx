import { useState } from 'react';
import { UpdateCaseDocument } from '../graphql/documents/cases';
import { useMutation } from '../graphql/hooks';
import { useForm } from '../ui/Form';
import { CaseDetailsFields, caseDetailsTexts } from './CaseDetailsFields';
import { GuardedForm, type GuardAnswers } from './GuardedForm';
import type { CaseSectionProps } from './types';
import { useTexts } from './texts';

/** The life-story note and the belastbaarheid note, and for editors the case's own texts. */
export function CaseDetailsSection({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  return (
    <>
      <h3>{t('cases.fields.lifeStoryNote')}</h3>
      <p className="prose">{caseData.lifeStoryNote || <span className="muted">{t('cases.page.noLifeStory')}</span>}</p>
      <h3>{t('cases.fields.burdenNote')}</h3>
      <p className="prose">{caseData.burdenNote || <span className="muted">{t('cases.page.noBurden')}</span>}</p>
      {caseData.viewerCanEdit && <EditDetails caseData={caseData} onChanged={onChanged} />}
    </>
  );
}

function EditDetails({ caseData, onChanged }: CaseSectionProps) {
  const { t } = useTexts();
  const [update, { loading, error }] = useMutation(UpdateCaseDocument);
  const form = useForm({
    title: caseData.title,
    displayPseudonym: caseData.displayPseudonym,
    lifeStoryNote: caseData.lifeStoryNote,
    burdenNote: caseData.burdenNote,
  });
  const [saved, setSaved] = useState(false);

  const submit = async (answers: GuardAnswers) => {
    setSaved(false);
    if (await update({ input: { caseId: caseData.id, ...form.values, ...answers } })) {
      setSaved(true);
      onChanged();
    }
  };

  return (
    <details className="subsection">
      <summary>{t('cases.page.editDetails')}</summary>
      <GuardedForm
        organisationId={caseData.organisationId}
        texts={caseDetailsTexts(form.values, (field) => t(`cases.fields.${field}`))}
        onSubmit={submit}
        submitLabel={t('cases.page.saveDetails')}
        busy={loading}
        error={error}
        fields={form.names}
        label={t('cases.page.editDetails')}
        // By the button: above the form it was a phone's screen away from where the author pressed.
        status={saved && t('cases.page.detailsSaved')}
      >
        <CaseDetailsFields organisationId={caseData.organisationId} field={form.field} error={error} pseudonymOptional={false} />
      </GuardedForm>
    </details>
  );
}
