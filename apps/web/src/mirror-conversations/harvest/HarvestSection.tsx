import { HARVEST_THEMES, mayHarvestFlagged, MIN_GROUP_SIZE, MIRROR_LIMITS } from '@kring/domain';
import { useState } from 'react';
import {
  ApproveMirrorHarvestDocument,
  MirrorHarvestDocument,
  SaveMirrorHarvestThemeDocument,
  SetMirrorQuoteDocument,
} from '../../graphql/documents/mirror-conversations';
import type { MirrorHarvestPartsFragment } from '../../graphql/generated';
import { useMutation, useQuery } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { ConfirmButton } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { NotLoaded } from '../../ui/Page';
import { usePurgedOnEvent } from '../../ui/retention';
import { useLocalized } from '../../i18n/localized';
import type { ConversationSectionProps } from '../types';
import { WordMirror } from './WordMirror';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FlaggedMark } from '../../ui/content-guard/FlaggedMark';
import { FlagSeenCheck } from '../../ui/content-guard/FlagSeenCheck';
import { useTexts } from '../texts';
import { quoteObstacle } from './quote-obstacle';

/**
 * The harvest (oogst): per theme what we heard and the belangrijk/ervaren
 * mirror, the anonymised quotes (filtered by consent when read), and — for
 * the moderator, until approval — choosing quotes and approving, which
 * deletes the raw notes.
 */
export function HarvestSection({ conversation, onChanged }: ConversationSectionProps) {
  const { t } = useTexts();
  const isModerator = conversation.viewerRole === 'moderator';
  const ready = conversation.status === 'approved' || (isModerator && conversation.status === 'ended');
  if (!ready) return <p className="muted">{t(conversation.status === 'ended' ? 'mirror.harvest.notApproved' : 'mirror.harvest.notYet')}</p>;
  return <Harvest conversationId={conversation.id} onChanged={onChanged} />;
}

function Harvest({ conversationId, onChanged }: { conversationId: string; onChanged: () => void }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const { data, error, refetch } = useQuery(MirrorHarvestDocument, { conversationId });
  const [approve, approval] = useMutation(ApproveMirrorHarvestDocument);
  const purged = usePurgedOnEvent('mirror_harvest_approved');
  const [updated, setUpdated] = useState<MirrorHarvestPartsFragment>();
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  const harvest = updated ?? data.mirrorHarvest;
  const refresh = (next: MirrorHarvestPartsFragment) => setUpdated(next);
  return (
    <>
      {harvest.approvedAt && <Alert tone="success">{t('mirror.harvest.approved', { date: date(harvest.approvedAt) })}</Alert>}
      {harvest.audience === 'organisation' && <p className="muted">{t('mirror.harvest.outsideTeam')}</p>}
      {harvest.flaggedStatements > 0 && <p className="muted">{t('mirror.harvest.flaggedCount', { count: harvest.flaggedStatements })}</p>}
      <HarvestThemes harvest={harvest} onChange={refresh} />
      {harvest.viewerCanEdit && (
        <>
          <QuoteCandidates harvest={harvest} onChange={refresh} />
          <div className="subsection">
            <h3>{t('mirror.harvest.approveTitle')}</h3>
            <p>
              {purged} {t('mirror.harvest.approveText')}
            </p>
            <ErrorAlert error={approval.error} />
            <ConfirmButton
              label={t('mirror.harvest.approve')}
              target={t('mirror.harvest.approveTitle')}
              confirmLabel={t('mirror.harvest.confirmApprove')}
              busy={approval.loading}
              onConfirm={() =>
                void approve({ conversationId }).then((result) => {
                  if (!result) return;
                  refresh(result.approveMirrorHarvest);
                  onChanged();
                })
              }
            />
          </div>
        </>
      )}
    </>
  );
}

export function HarvestThemes({
  harvest,
  onChange,
}: {
  harvest: MirrorHarvestPartsFragment;
  onChange: (h: MirrorHarvestPartsFragment) => void;
}) {
  const { t } = useTexts();
  const localized = useLocalized();
  const shown = harvest.themes.filter(
    (theme) =>
      harvest.viewerCanEdit || theme.summary || theme.mirror.shown || harvest.quotes.some((q) => q.themeIds.includes(theme.themeId)),
  );
  const unthemed = harvest.quotes.filter((q) => q.themeIds.length === 0);
  // When no theme had five answers beforehand, that is said once, not under each of the themes.
  const noMirrors = shown.length > 0 && shown.every((theme) => !theme.mirror.shown);
  return (
    <div className="subsection">
      <h3>{t('mirror.harvest.themes')}</h3>
      <p className="muted">{t('mirror.harvest.quotesHint')}</p>
      {noMirrors && <p className="muted">{t('mirror.harvest.mirrorsHidden', { min: MIN_GROUP_SIZE })}</p>}
      {shown.map((theme) => {
        const name = localized(HARVEST_THEMES.find((th) => th.id === theme.themeId)!.name);
        const quotes = harvest.quotes.filter((q) => q.themeIds.includes(theme.themeId));
        return (
          <article key={theme.themeId} className="card mirror-theme">
            <h4>{name}</h4>
            {harvest.viewerCanEdit ? (
              <ThemeSummary
                conversationId={harvest.conversationId}
                themeId={theme.themeId}
                name={name}
                summary={theme.summary}
                onChange={onChange}
              />
            ) : (
              theme.summary && <p className="prose">{theme.summary}</p>
            )}
            {quotes.map((q) => (
              <blockquote key={q.id} className="quote mirror-quote">
                {q.body}
              </blockquote>
            ))}
            {!noMirrors && <WordMirror mirror={theme.mirror} />}
          </article>
        );
      })}
      {unthemed.length > 0 && (
        <article className="card mirror-theme">
          <h4>{t('mirror.harvest.otherQuotes')}</h4>
          {unthemed.map((q) => (
            <blockquote key={q.id} className="quote mirror-quote">
              {q.body}
            </blockquote>
          ))}
        </article>
      )}
    </div>
  );
}

function ThemeSummary({
  conversationId,
  themeId,
  name,
  summary,
  onChange,
}: {
  conversationId: string;
  themeId: string;
  name: string;
  summary: string;
  onChange: (h: MirrorHarvestPartsFragment) => void;
}) {
  const { t } = useTexts();
  const [text, setText] = useState(summary);
  const [save, { loading, error }] = useMutation(SaveMirrorHarvestThemeDocument);
  const [saved, setSaved] = useState(false);
  return (
    <Form
      label={name}
      onSubmit={async () => {
        setSaved(false);
        const result = await save({ input: { conversationId, themeId, summary: text } });
        if (result) {
          setSaved(true);
          onChange(result.saveMirrorHarvestTheme);
        }
      }}
      submitLabel={t('mirror.harvest.saveSummary')}
      busy={loading}
      error={error}
      fields={['summary']}
    >
      <TextAreaField
        label={t('mirror.harvest.summary', { theme: name })}
        optional
        rows={3}
        maxLength={MIRROR_LIMITS.harvestSummaryMaxLength}
        value={text}
        onChange={setText}
        error={error?.fields.summary}
      />
      {saved && <p role="status">{t('mirror.harvest.summarySaved')}</p>}
    </Form>
  );
}

function QuoteCandidates({
  harvest,
  onChange,
}: {
  harvest: MirrorHarvestPartsFragment;
  onChange: (h: MirrorHarvestPartsFragment) => void;
}) {
  const { t } = useTexts();
  const [set, { loading, error }] = useMutation(SetMirrorQuoteDocument);
  // Shown at once while the server stores it; a refusal puts it back.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  // A flagged statement (kept through an escalation prompt) is quoted only after the moderator says they saw the flag.
  const [flagSeen, setFlagSeen] = useState<Record<string, boolean>>({});
  const toggle = async (statementId: string, inHarvest: boolean) => {
    setPending((p) => ({ ...p, [statementId]: inHarvest }));
    const result = await set({ input: { statementId, inHarvest, flagSeen: !!flagSeen[statementId] } });
    if (result) onChange(result.setMirrorQuote);
    setPending(({ [statementId]: _done, ...rest }) => rest);
  };
  return (
    <div className="subsection">
      <h3>{t('mirror.harvest.candidates')}</h3>
      <p>{t('mirror.harvest.candidatesIntro')}</p>
      <ErrorAlert error={error} />
      {harvest.candidates.length === 0 ? (
        <p className="muted">{t('mirror.harvest.noCandidates')}</p>
      ) : (
        <ul className="mirror-statements">
          {harvest.candidates.map((c) => {
            const obstacle = quoteObstacle(c);
            const why = obstacle && t(`mirror.harvest.${obstacle}`);
            const unseenFlag = !c.inHarvest && !mayHarvestFlagged(c, flagSeen[c.id]);
            return (
              <li key={c.id} className={c.flagged ? 'card mirror-flagged' : 'card'}>
                {c.flagged && <FlaggedMark />}
                <p className="prose">{c.body}</p>
                <p className="muted">
                  {c.pseudonym ?? t('mirror.capture.someone')}
                  {c.question && ` · ${c.question}`}
                </p>
                {c.flagged && !c.inHarvest && !why && (
                  <FlagSeenCheck checked={!!flagSeen[c.id]} onChange={(seen) => setFlagSeen((s) => ({ ...s, [c.id]: seen }))} />
                )}
                <label className="checkbox mirror-check">
                  <input
                    type="checkbox"
                    checked={pending[c.id] ?? c.inHarvest}
                    disabled={(!!why && !c.inHarvest) || unseenFlag || loading}
                    onChange={(e) => void toggle(c.id, e.target.checked)}
                  />
                  {t('mirror.harvest.include')}
                </label>
                {why && <p className="field__hint">{why}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
