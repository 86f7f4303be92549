import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../Button';
import { Section } from '../Section';
import type { Drafts } from './drafts';

interface LeftUnsentProps<S extends string> {
  drafts: Drafts<S>;
  /** The room's text boxes, each with the label it had. */
  slots: readonly { slot: S; label: string }[];
}

/**
 * What someone had typed but not sent when the room ended (the moderator
 * ended it mid-sentence, or a send the server refused because it had ended):
 * their words stay on the screen to copy, until they throw them away. The
 * draft is on this device only, so nothing of it reached the conversation.
 */
export function LeftUnsent<S extends string>({ drafts, slots }: LeftUnsentProps<S>) {
  const { t } = useTranslation();
  // One snapshot string, so useSyncExternalStore compares like with like.
  const joined = useSyncExternalStore(drafts.subscribe, () => JSON.stringify(slots.map(({ slot }) => drafts.get(slot))));
  const texts: string[] = JSON.parse(joined);
  const left = slots.flatMap((item, index) => (texts[index].trim() ? [{ ...item, text: texts[index] }] : []));
  if (left.length === 0) return null;
  return (
    <Section title={t('live.leftUnsent.title')}>
      <p>{t('live.leftUnsent.intro')}</p>
      {left.map(({ slot, label, text }) => (
        <div key={slot} className="card">
          <p className="muted">{label}</p>
          <p className="prose">{text}</p>
          <ConfirmButton
            label={t('live.leftUnsent.discard')}
            target={text}
            confirmLabel={t('form.discard')}
            onConfirm={() => drafts.set(slot, '')}
          />
        </div>
      ))}
    </Section>
  );
}
