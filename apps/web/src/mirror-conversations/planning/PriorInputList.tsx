import { FlaggedMark } from '../../ui/content-guard/FlaggedMark';
import type { Conversation } from '../types';
import { useTexts } from '../texts';

/** What relatives wrote beforehand, for the moderator's preparation: by pseudonym, only from people who take part. */
export function PriorInputList({ conversation }: { conversation: Conversation }) {
  const { t } = useTexts();
  return (
    <div className="subsection">
      <h3>{t('mirror.prior.title')}</h3>
      <p className="muted">{t('mirror.prior.intro')}</p>
      {conversation.priorInput.length === 0 ? (
        <p className="muted">{t('mirror.prior.empty')}</p>
      ) : (
        <dl className="details">
          {conversation.priorInput.map((input) => (
            <div key={input.pseudonym}>
              <dt>{input.pseudonym}</dt>
              {input.freeText && <dd className="prose">{input.freeText}</dd>}
              {/* Kept on their own page through an escalation prompt: which text and why is not recorded, only that they chose to. */}
              {input.flagged && (
                <dd>
                  <FlaggedMark />
                  <p className="muted">{t('mirror.prior.flaggedHint')}</p>
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
