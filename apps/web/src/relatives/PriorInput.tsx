import { HARVEST_THEMES, MIRROR_LIMITS, RETENTION_DAY_LABELS, retentionSentenceForRelatives, type RetentionDays } from '@kring/domain';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { useLanguage } from '../i18n';
import { useLocalized } from '../i18n/localized';
import { LimitedTextArea } from './LimitedTextArea';
import type { RelativeDraft } from './relative-draft';
import { useTexts } from './texts';

interface InputBeforehandProps {
  invitation: RelativeInvitationPartsFragment;
  draft: RelativeDraft;
  onChange: (draft: RelativeDraft) => void;
  easy: boolean;
  /** What the content guard found at the last save, by field key (guardFindingsByField). */
  found?: Record<string, string[]>;
}

/**
 * Input beforehand, as far as it is still asked. Before the conversation: the boxes for someone who ticked
 * "Ik doe mee", else what to do to get them (or, after a no, that nothing is kept). Once it has begun nothing
 * more is asked: only what they did write stays in view, read-only.
 */
export function InputBeforehand({ invitation, draft, onChange, easy, found }: InputBeforehandProps) {
  const { t } = useTexts();
  if (invitation.status !== 'planned') return <GivenInput invitation={invitation} easy={easy} />;
  // "U doet niet mee" only once they said so: a save with nothing ticked (a first "no", or a withdrawal).
  const saidNo = invitation.respondedAt != null && invitation.consents.length === 0;
  return (
    <>
      <h3>{easy ? t('relative.easy.inputTitle') : t('relative.input.title')}</h3>
      {draft.consents.includes('take_part') ? (
        <PriorInput draft={draft} onChange={onChange} easy={easy} found={found} retentionDays={invitation.retentionDays} />
      ) : (
        <p className="field__hint">{saidNo ? t('relative.input.notTakingPart') : t('relative.input.tickFirst')}</p>
      )}
    </>
  );
}

/** Free text, and per theme what matters to me next to what I experience, in words, never numbers. */
function PriorInput({
  draft,
  onChange,
  easy,
  found = {},
  retentionDays,
}: Omit<InputBeforehandProps, 'invitation'> & { retentionDays: number }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const [language] = useLanguage();
  // How long Kring keeps it, from the retention rule the purge carries out, in the words of this page (B1, "u"), with
  // the organisation's own period ("na de bewaartermijn van 3 maanden"): a term without its length tells a reader nothing.
  const period = RETENTION_DAY_LABELS[retentionDays as RetentionDays]?.[language];
  const freeTextRetention = retentionSentenceForRelatives('mirror_relative_input', language, period);
  const answersRetention = retentionSentenceForRelatives('mirror_theme_answers', language, period);
  const setAnswer = (themeId: string, side: 'important' | 'experienced', value: string) =>
    onChange({ ...draft, answers: { ...draft.answers, [themeId]: { ...draft.answers[themeId], [side]: value } } });
  return (
    <>
      <p>{t('relative.input.optional')}</p>
      <LimitedTextArea
        label={easy ? t('relative.easy.freeText') : t('relative.input.freeText')}
        value={draft.freeText}
        onChange={(freeText) => onChange({ ...draft, freeText })}
        max={MIRROR_LIMITS.freeTextMaxLength}
        rows={5}
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
                found={found[`${themeId}.important`]}
              />
              <LimitedTextArea
                label={easy ? t('relative.easy.experienced') : t('relative.input.experienced')}
                value={draft.answers[themeId].experienced}
                onChange={(value) => setAnswer(themeId, 'experienced', value)}
                max={MIRROR_LIMITS.answerMaxLength}
                found={found[`${themeId}.experienced`]}
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

/**
 * After the conversation began: what they wrote beforehand as they saved it (the server's, not the draft's), as
 * text rather than boxes that look editable, or nothing at all when they wrote nothing.
 */
function GivenInput({ invitation, easy }: { invitation: RelativeInvitationPartsFragment; easy: boolean }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const freeText = invitation.freeText.trim();
  const answers = HARVEST_THEMES.flatMap((theme) => {
    const answer = invitation.themeAnswers.find((a) => a.themeId === theme.id);
    return answer && (answer.important || answer.experienced) ? [{ theme, ...answer }] : [];
  });
  if (!freeText && answers.length === 0) return null;
  return (
    <>
      <h3>{t('relative.input.givenTitle')}</h3>
      <p>{t('relative.input.fixed')}</p>
      <dl className="details">
        {freeText && (
          <div>
            <dt>{easy ? t('relative.easy.freeText') : t('relative.input.freeText')}</dt>
            <dd className="prose">{freeText}</dd>
          </div>
        )}
        {answers.map(({ theme, important, experienced }) => (
          <div key={theme.id}>
            <dt>{localized(theme.name)}</dt>
            {important && (
              <dd>
                <strong>{easy ? t('relative.easy.important') : t('relative.input.important')}</strong> {important}
              </dd>
            )}
            {experienced && (
              <dd>
                <strong>{easy ? t('relative.easy.experienced') : t('relative.input.experienced')}</strong> {experienced}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </>
  );
}
