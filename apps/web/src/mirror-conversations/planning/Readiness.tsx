import { Alert } from '../../ui/Alert';
import type { ConversationSectionProps } from '../types';
import { useTexts } from '../texts';

/**
 * How far the preparation is: questions, invitations and who said yes,
 * against the 6–12 relatives the method asks for. Warnings, not locks: a
 * moderator may knowingly hold a smaller round.
 */
export function Readiness({ conversation }: Pick<ConversationSectionProps, 'conversation'>) {
  const { t } = useTexts();
  const readiness = conversation.readiness;
  if (!readiness) return null;
  return (
    <div className="subsection mirror-readiness">
      <h3>{t('mirror.readiness.title')}</h3>
      <dl className="details">
        <dt>{t('mirror.readiness.questions')}</dt>
        <dd>{readiness.questions}</dd>
        <dt>{t('mirror.readiness.invited')}</dt>
        <dd>{readiness.invited}</dd>
        <dt>{t('mirror.readiness.saidYes')}</dt>
        <dd>{t('mirror.readiness.saidYesOf', { count: readiness.saidYes, min: readiness.wantedMin, max: readiness.wantedMax })}</dd>
      </dl>
      {readiness.warnings.map((warning) => (
        <Alert key={warning} tone="info">
          {t(`mirror.readiness.warning.${warning}`, { min: readiness.wantedMin, max: readiness.wantedMax })}
        </Alert>
      ))}
    </div>
  );
}
