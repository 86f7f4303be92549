import { HARVEST_THEMES, MIRROR_LIMITS } from '@kring/domain';
import { useLocalized } from '../i18n/localized';
import { useRetentionSentence } from '../ui/retention';
import { LimitedTextArea } from './LimitedTextArea';
import type { RelativeDraft } from './relative-draft';
import { useTexts } from './texts';

interface PriorInputProps {
  draft: RelativeDraft;
  onChange: (draft: RelativeDraft) => void;
  easy: boolean;
  /** False once the conversation has started: what was written can then only be withdrawn. */
  open: boolean;
  /** What the content guard found at the last save, by field key (guardFindingsByField). */
  found?: Record<string, string[]>;
}

/** Input beforehand: free text, and per theme what matters to me next to what I experience, in words, never numbers. */
export function PriorInput({ draft, onChange, easy, open, found = {} }: PriorInputProps) {
  const { t } = useTexts();
  const localized = useLocalized();
  const freeTextRetention = useRetentionSentence('mirror_relative_input');
  const answersRetention = useRetentionSentence('mirror_theme_answers');
  const setAnswer = (themeId: string, side: 'important' | 'experienced', value: string) =>
    onChange({ ...draft, answers: { ...draft.answers, [themeId]: { ...draft.answers[themeId], [side]: value } } });
  return (
    <>
      <p>{t('relative.input.optional')}</p>
      {!open && <p className="field__hint">{t('relative.input.fixed')}</p>}
      <LimitedTextArea
        label={easy ? t('relative.easy.freeText') : t('relative.input.freeText')}
        value={draft.freeText}
        onChange={(freeText) => onChange({ ...draft, freeText })}
        max={MIRROR_LIMITS.freeTextMaxLength}
        rows={5}
        disabled={!open}
        note={freeTextRetention}
        found={found.freeText}
      />
      {!easy && (
        <>
          <h3>{t('relative.input.mirrorTitle')}</h3>
          <p>{t('relative.input.mirrorIntro')}</p>
          <p className="field__hint">{answersRetention}</p>
        </>
      )}
      {Object.keys(draft.answers).map((themeId) => {
        const theme = HARVEST_THEMES.find((th) => th.id === themeId);
        if (!theme) return null;
        return (
          <fieldset key={themeId} className="relative-theme">
            <legend>{localized(theme.name)}</legend>
            <div className="relative-theme__sides">
              <LimitedTextArea
                label={easy ? t('relative.easy.important') : t('relative.input.important')}
                value={draft.answers[themeId].important}
                onChange={(value) => setAnswer(themeId, 'important', value)}
                max={MIRROR_LIMITS.answerMaxLength}
                disabled={!open}
                found={found[`${themeId}.important`]}
              />
              <LimitedTextArea
                label={easy ? t('relative.easy.experienced') : t('relative.input.experienced')}
                value={draft.answers[themeId].experienced}
                onChange={(value) => setAnswer(themeId, 'experienced', value)}
                max={MIRROR_LIMITS.answerMaxLength}
                disabled={!open}
                found={found[`${themeId}.experienced`]}
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
