import { checkMirrorText, errorMessage, MIRROR_COMMAND_TEXT_GUARDS, type GuardedTextInput } from '@kring/domain';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useLanguage } from '../../i18n';
import { useTextFinding } from '../../ui/text-finding';
import { TextAreaField } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { GraphqlError } from '../../graphql/client';
import type { Drafts } from '../../ui/live-room/drafts';
import type { SendFlags, SendResult } from './mirror-live-client';
import type { ListenerSlot } from './use-mirror-live';
import { useEscalationPrompt } from '../../ui/content-guard/useEscalationPrompt';
import { useSendGuard } from '../../ui/content-guard/useSendGuard';
import { useTexts } from '../texts';

interface LiveTextFormProps {
  label: string;
  hint?: string;
  submitLabel: string;
  max: number;
  /** Where the text is kept while typed and until the server has it: on the device, so a reload or the end of the conversation does not take it. */
  drafts: Drafts<ListenerSlot>;
  slot: ListenerSlot;
  onSend: (text: string, flags: SendFlags) => Promise<SendResult>;
}

/** Notes and questions are the room's `note` command: guarded as its catalogue says, so the panel's advice is the server's. */
const noteTexts = (text: string): GuardedTextInput[] => [
  { field: 'body', text, pseudonym: MIRROR_COMMAND_TEXT_GUARDS.note.body.pseudonym === true },
];

/**
 * One line of text for the live conversation (a note, a clarifying
 * question): checked here with the server's own rule, and kept in the field
 * when the server refuses it. The text stays in its draft until the server
 * has it, so a send refused because the moderator just ended the
 * conversation (this form is then gone) shows up under "Niet verstuurd".
 */
export function LiveTextForm({ label, hint, submitLabel, max, drafts, slot, onSend }: LiveTextFormProps) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const text = useSyncExternalStore(drafts.subscribe, () => drafts.get(slot));
  const setText = (value: string) => drafts.set(slot, value);
  const [busy, setBusy] = useState(false);
  const finding = useTextFinding();
  const [queued, setQueued] = useState(false);
  const { guard, refused, panel } = useSendGuard();
  const escalation = useEscalationPrompt();
  const submit = () => {
    setQueued(false);
    const checked = checkMirrorText(text, max);
    if (!checked.ok) return finding.say(text, errorMessage(checked.problem.code, language, checked.problem.params));
    // Checked on the device first (the server checks again): a BSN never goes out, names only once confirmed.
    guard(noteTexts(checked.text), (acknowledged) => void send(checked.text, acknowledged));
  };
  const send = async (body: string, flags: SendFlags): Promise<void> => {
    setBusy(true);
    const result = await onSend(body, flags);
    setBusy(false);
    // A possible complaint or incident in a private note too: the organisation's procedure, and the choice to keep it or not.
    if (result.status === 'refused' && result.escalation) {
      finding.say(text, undefined);
      const promptId = result.escalation.promptId;
      return escalation.ask(result.escalation, { keep: () => send(body, { ...flags, keep: { promptId } }), removed: () => setText('') });
    }
    // What only the server found (a relative's name): marked under the text, which stays; confirmed by its id, it goes again.
    if (result.status === 'refused' && refused(noteTexts(body), result, (ack) => void send(body, { ...flags, ...ack })))
      return finding.say(text, undefined);
    if (result.status === 'refused') return finding.say(text, result.message);
    finding.say(text, undefined);
    setText('');
    setQueued(result.status === 'queued');
  };
  const problem = finding.messageFor(text);
  // One answer per finding, not one per render (ui/Form gives its fields the answer they were about).
  const problemAnswer = useMemo(() => (problem ? new GraphqlError(problem, 'BAD_USER_INPUT', { body: problem }) : undefined), [problem]);
  return (
    <Form label={label} onSubmit={submit} submitLabel={submitLabel} busy={busy} error={problemAnswer} fields={['body']}>
      <TextAreaField label={label} hint={hint} rows={2} value={text} maxLength={max} onChange={setText} error={problem} />
      {panel}
      {escalation.prompt}
      {queued && <p role="status">{t('mirror.live.queued')}</p>}
    </Form>
  );
}
