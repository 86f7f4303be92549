import { Button } from '../../ui/Button';
import { EscalationPrompt } from '../../ui/content-guard/EscalationPrompt';
import { recordRemoved } from '../../ui/content-guard/useEscalationPrompt';
import { useComposerLabel } from './Composer';
import type { LiveNotice } from './live-room-client';
import { useTexts } from '../texts';

export interface NoticesProps {
  notices: readonly LiveNotice[];
  onDismiss: (id: number) => void;
  /** "Toch bewaren" at an escalation prompt: the refused command again, with the keep flag. */
  onKeep: (notice: LiveNotice) => void;
  /** "Tekst weghalen": the draft the refusal put back is cleared. */
  onRemoved: (notice: LiveNotice) => void;
}

/** Commands the server refused, with the reason and, for a text, the text itself; an escalation with the organisation's procedure. */
export function Notices({ notices, onDismiss, onKeep, onRemoved }: NoticesProps) {
  const { t } = useTexts();
  const boxLabel = useComposerLabel();
  if (notices.length === 0) return null;
  // Says where the text is now: in a box on the screen (by its label), kept with a box that is not, or only here.
  const whereText = ({ restored }: LiveNotice) =>
    !restored
      ? t('sessions.live.refusedTextShown')
      : t(restored.onScreen ? 'sessions.live.refusedText' : 'sessions.live.refusedTextKept', { box: boxLabel(restored.slot) });
  return (
    <div className="notices">
      {notices.map((notice) =>
        notice.escalation ? (
          <EscalationPrompt
            key={notice.id}
            escalation={notice.escalation}
            onKeep={() => onKeep(notice)}
            onRemove={() => {
              void recordRemoved(notice.escalation!.promptId, notice.text ? [notice.text] : []);
              onRemoved(notice);
            }}
          />
        ) : (
          <div key={notice.id} className="alert alert--error" role="alert">
            <p>{notice.message}</p>
            {notice.text && (
              <>
                <p className="muted">{whereText(notice)}</p>
                <blockquote className="prose">{notice.text}</blockquote>
              </>
            )}
            <Button variant="secondary" onClick={() => onDismiss(notice.id)}>
              {t('sessions.live.dismiss')}
            </Button>
          </div>
        ),
      )}
    </div>
  );
}
