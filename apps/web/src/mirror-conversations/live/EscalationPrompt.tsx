import { ESCALATION_SIGNAL_LABELS } from '@kring/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/locale';
import { Button } from '../../ui/Button';
import type { MirrorLive } from './use-mirror-live';

/**
 * The escalation guardrail: what was just captured looks like a complaint,
 * a calamity, abuse or a data breach. The moderator is asked to follow the
 * organisation's own procedure; Kring keeps only that this was shown and
 * whether it was followed, never why.
 */
export function EscalationPrompt({ live }: { live: MirrorLive }) {
  const { t } = useTranslation();
  const { label } = useLocale();
  const [busy, setBusy] = useState(false);
  const prompt = live.view.escalation;
  if (!prompt) return null;
  const signals = prompt.signals.map((signal) => label(ESCALATION_SIGNAL_LABELS, signal)).join(t('mirror.escalation.or'));
  const procedure = live.view.state?.escalationProcedure || t('mirror.escalation.defaultProcedure');
  const follow = async () => {
    setBusy(true);
    await live.send({ type: 'followEscalation', promptId: prompt.promptId });
    setBusy(false);
    live.dismissEscalation();
  };
  return (
    <div className="alert alert--info mirror-escalation" role="alertdialog" aria-labelledby="escalation-title" aria-describedby="escalation-text">
      <h3 id="escalation-title">{t('mirror.escalation.title', { signals })}</h3>
      <div id="escalation-text">
        <p>{t('mirror.escalation.text')}</p>
        <p className="prose">{procedure}</p>
        <p className="muted">{t('mirror.escalation.stored')}</p>
      </div>
      <div className="mirror-buttons">
        <Button busy={busy} autoFocus onClick={() => void follow()}>
          {t('mirror.escalation.follow')}
        </Button>
        <Button variant="secondary" onClick={() => live.dismissEscalation()}>
          {t('mirror.escalation.dismiss')}
        </Button>
      </div>
    </div>
  );
}
