import { CASE_LIMITS } from '@kring/domain';
import { useId } from 'react';
import { useResidentWords } from '../app/useResidentWords';
import type { GraphqlError } from '../graphql/client';
import { ResidentRegisterDocument } from '../graphql/documents/cases';
import { useQuery } from '../graphql/hooks';
import { TextAreaField, TextField } from '../ui/Field';
import type { GuardedText } from './GuardPanel';
import { useTexts } from './texts';

export interface CaseDetails {
  title: string;
  displayPseudonym: string;
  lifeStoryNote: string;
  burdenNote: string;
}

type Field = (
  name: keyof CaseDetails,
  error: GraphqlError | undefined,
) => { name: string; value: string; onChange: (value: string) => void; error?: string };

/** The texts of the case itself, named as the author sees them in the guard's warning. */
export function caseDetailsTexts(values: CaseDetails, label: (key: keyof CaseDetails) => string): GuardedText[] {
  return (['title', 'displayPseudonym', 'lifeStoryNote', 'burdenNote'] as const).map((field) => ({
    field,
    label: label(field),
    text: values[field],
  }));
}

/**
 * Title, pseudonym, life-story note and belastbaarheid note, for a new case
 * and for changing one. The register's pseudonyms are offered as suggestions.
 */
export function CaseDetailsFields({
  organisationId,
  field,
  error,
  pseudonymOptional,
}: {
  organisationId: string;
  field: Field;
  error?: GraphqlError;
  pseudonymOptional: boolean;
}) {
  const { t } = useTexts();
  const words = useResidentWords(organisationId);
  const listId = useId();
  const register = useQuery(ResidentRegisterDocument, { organisationId });
  const pseudonyms = register.data?.residentRegister.map((entry) => entry.pseudonym) ?? [];
  return (
    <>
      <TextField
        label={t('cases.fields.title')}
        hint={t('cases.fields.titleHint')}
        maxLength={CASE_LIMITS.title}
        {...field('title', error)}
      />
      <TextField
        label={t('cases.fields.displayPseudonym')}
        hint={t('cases.fields.displayPseudonymHint', words)}
        optional={pseudonymOptional}
        maxLength={CASE_LIMITS.displayPseudonym}
        list={pseudonyms.length > 0 ? listId : undefined}
        autoComplete="off"
        {...field('displayPseudonym', error)}
      />
      {pseudonyms.length > 0 && (
        <datalist id={listId}>
          {pseudonyms.map((pseudonym) => (
            <option key={pseudonym} value={pseudonym} />
          ))}
        </datalist>
      )}
      <TextAreaField
        label={t('cases.fields.lifeStoryNote')}
        hint={t('cases.fields.lifeStoryNoteHint')}
        optional
        rows={3}
        maxLength={CASE_LIMITS.note}
        {...field('lifeStoryNote', error)}
      />
      <TextAreaField
        label={t('cases.fields.burdenNote')}
        hint={t('cases.fields.burdenNoteHint', words)}
        optional
        rows={3}
        maxLength={CASE_LIMITS.note}
        {...field('burdenNote', error)}
      />
    </>
  );
}
