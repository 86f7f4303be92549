import { CORE_VALUES, LIMITS, MIRROR_THEMES, PEER_VISIT_LIMITS, STARTING_LENS_VERSION, STARTING_OBSERVATION_LENS } from '@kring/domain';
import { useState } from 'react';
import {
  DeclineLensProposalDocument,
  NetworkLensDocument,
  ProposeLensChangeDocument,
  PublishLensVersionDocument,
} from '../graphql/documents/learning-networks';
import type { LensPartsFragment, NetworkLensQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { MIRROR_THEME_NAMES, VALUE_NAMES } from '../peer-visits';
import { Button } from '../ui/Button';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../ui/Field';
import { Form } from '../ui/Form';
import { NotLoaded } from '../ui/Page';
import { useLocalized } from '../i18n/localized';
import type { NetworkSectionProps } from './NetworkPage';
import { asLens, LensChange, useVersionLabel } from './LensChange';
import { useTexts } from './texts';

type Overview = NetworkLensQuery['networkLens'];
type Proposal = Overview['proposals'][number];

/** Kring's starting lens as a version, so the history reaches back to where every network began. */
const STARTING: LensPartsFragment = {
  version: STARTING_LENS_VERSION,
  ...STARTING_OBSERVATION_LENS,
  valueIds: [...STARTING_OBSERVATION_LENS.valueIds],
  mirrorThemeIds: [...STARTING_OBSERVATION_LENS.mirrorThemeIds],
  questions: [...STARTING_OBSERVATION_LENS.questions],
  changeNote: '',
  publishedAt: null,
  publishedBy: null,
};

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** Every version, newest first, ending with the starting lens. */
function historyOf(overview: Overview): LensPartsFragment[] {
  return overview.versions.length ? [...overview.versions, STARTING] : [overview.current];
}

/**
 * The network's observation lens (kijkwijzer) as versioned data: what
 * visitors look at and why. Members propose changes; the coordinator
 * publishes a new version; visits keep the version they agreed on.
 */
export function LensSection({ network }: NetworkSectionProps) {
  const { t } = useTexts();
  const versionLabel = useVersionLabel();
  const { list } = useLocale();
  const { data, error, refetch } = useQuery(NetworkLensDocument, { networkId: network.id });
  // The publish form may start from a member's proposal, so the coordinator adopts it without retyping.
  const [form, setForm] = useState<{ mode: 'propose' | 'publish'; from?: Proposal } | null>(null);
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  const lens = data.networkLens;
  const history = historyOf(lens);
  return (
    <>
      <LensView lens={lens.current} />
      {history.length > 1 && (
        <details>
          {/* Named, not only counted: at version 2 the two earlier ones are version 1 and Kring's starting lens. */}
          <summary>
            {t('network.lens.history', {
              count: history.length - 1,
              versions: list(history.slice(1).map((v) => lowerFirst(versionLabel(v.version)))),
            })}
          </summary>
          {history.slice(1).map((v, i) => (
            <div key={v.version}>
              <LensView lens={v} />
              {/* history[i] is the version that followed this one. */}
              <details className="lens-change__details">
                <summary>
                  {t('network.lens.whatChanged', {
                    next: lowerFirst(versionLabel(history[i].version)),
                    version: lowerFirst(versionLabel(v.version)),
                  })}
                </summary>
                <LensChange
                  before={v}
                  after={asLens(history[i])}
                  beforeLabel={versionLabel(v.version)}
                  afterLabel={versionLabel(history[i].version)}
                />
              </details>
            </div>
          ))}
        </details>
      )}
      <div className="actions">
        {lens.viewerCanPropose && form?.mode !== 'propose' && (
          <Button variant="secondary" onClick={() => setForm({ mode: 'propose' })}>
            {t('network.lens.propose')}
          </Button>
        )}
        {lens.viewerCanPublish && form?.mode !== 'publish' && (
          <Button variant="secondary" onClick={() => setForm({ mode: 'publish' })}>
            {t('network.lens.publish')}
          </Button>
        )}
      </div>
      {form && (
        <LensForm
          key={`${form.mode}-${form.from?.id ?? ''}`}
          mode={form.mode}
          from={form.from}
          network={network}
          base={lens.current}
          openProposals={lens.proposals.filter((p) => p.status === 'open')}
          onDone={() => {
            setForm(null);
            refetch();
          }}
        />
      )}
      <Proposals
        proposals={lens.proposals}
        history={history}
        current={lens.current}
        canDecide={lens.viewerCanPublish}
        onAdopt={(proposal) => {
          setForm({ mode: 'publish', from: proposal });
          // The form opens above the list: bring it into view on a phone.
          requestAnimationFrame(() => document.getElementById('lens-form')?.scrollIntoView({ block: 'start' }));
        }}
        onChanged={refetch}
      />
    </>
  );
}

function LensView({ lens }: { lens: LensPartsFragment }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const local = useLocalized();
  return (
    <div className="card lens">
      <h3>{lens.version === 0 ? t('network.lens.starting') : t('network.lens.version', { version: lens.version })}</h3>
      {lens.publishedAt && (
        <p className="muted">{t('network.lens.published', { date: date(lens.publishedAt), name: lens.publishedBy ?? '—' })}</p>
      )}
      {lens.changeNote && <p className="muted">{lens.changeNote}</p>}
      <p className="prose">{lens.purpose}</p>
      <dl className="details">
        <dt>{t('network.lens.values')}</dt>
        <dd>{lens.valueIds.map((id) => local(VALUE_NAMES.get(id)!)).join(', ') || '—'}</dd>
        <dt>{t('network.lens.themes')}</dt>
        <dd>{lens.mirrorThemeIds.map((id) => local(MIRROR_THEME_NAMES.get(id)!)).join(', ') || '—'}</dd>
        {lens.questions.length > 0 && (
          <>
            <dt>{t('network.lens.questions')}</dt>
            <dd>
              <ul>
                {lens.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

interface LensFormProps {
  mode: 'propose' | 'publish';
  /** A proposal the coordinator takes up: the form starts from its text, with it marked as adopted. */
  from?: Proposal;
  network: NetworkSectionProps['network'];
  base: LensPartsFragment;
  openProposals: Proposal[];
  onDone: () => void;
}

function LensForm({ mode, from, network, base, openProposals, onDone }: LensFormProps) {
  const { t } = useTexts();
  const start = from ?? base;
  const local = useLocalized();
  const [propose, proposing] = useMutation(ProposeLensChangeDocument);
  const [publish, publishing] = useMutation(PublishLensVersionDocument);
  const [values, setValues] = useState({
    purpose: start.purpose,
    valueIds: [...start.valueIds],
    mirrorThemeIds: [...start.mirrorThemeIds],
    questions: start.questions.join('\n'),
    note: from ? t('network.lens.adoptNote', { organisation: from.organisation.name, motivation: from.motivation }) : '',
    organisationId: network.viewerOrganisations[0]?.id ?? '',
    adopted: from ? [from.id] : ([] as string[]),
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const lens = {
    purpose: values.purpose,
    valueIds: values.valueIds,
    mirrorThemeIds: values.mirrorThemeIds,
    lookForQuestions: values.questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean),
  };
  const error = mode === 'propose' ? proposing.error : publishing.error;
  const submit = async () => {
    const done =
      mode === 'propose'
        ? await propose({ input: { networkId: network.id, organisationId: values.organisationId, motivation: values.note, ...lens } })
        : await publish({ input: { networkId: network.id, changeNote: values.note, adoptedProposalIds: values.adopted, ...lens } });
    if (done) onDone();
  };
  return (
    <div className="subsection" id="lens-form">
      <h3>{mode === 'propose' ? t('network.lens.proposeTitle') : t('network.lens.publishTitle', { version: base.version + 1 })}</h3>
      <Form
        onSubmit={submit}
        submitLabel={mode === 'propose' ? t('network.lens.proposeSubmit') : t('network.lens.publishSubmit')}
        busy={proposing.loading || publishing.loading}
        error={error}
        fields={['purpose', 'valueIds', 'mirrorThemeIds', 'lookForQuestions', 'motivation', 'changeNote']}
        label={mode === 'propose' ? t('network.lens.proposeTitle') : t('network.lens.publishTitle', { version: base.version + 1 })}
      >
        {mode === 'propose' && network.viewerOrganisations.length > 1 && (
          <SelectField
            label={t('fields.organisation')}
            value={values.organisationId}
            onChange={(v) => set('organisationId', v)}
            options={network.viewerOrganisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        <TextAreaField
          label={t('network.lens.purpose')}
          hint={t('network.lens.purposeHint')}
          rows={3}
          maxLength={LIMITS.shortText}
          value={values.purpose}
          onChange={(v) => set('purpose', v)}
          error={error?.fields.purpose}
        />
        <CheckboxGroup
          legend={t('network.lens.values')}
          name="valueIds"
          options={CORE_VALUES.map((v) => ({ value: v.id as string, label: local(v.name) }))}
          values={values.valueIds}
          onChange={(v) => set('valueIds', v)}
          error={error?.fields.valueIds}
        />
        <CheckboxGroup
          legend={t('network.lens.themes')}
          name="mirrorThemeIds"
          options={MIRROR_THEMES.map((m) => ({ value: m.id as string, label: local(m.name) }))}
          values={values.mirrorThemeIds}
          onChange={(v) => set('mirrorThemeIds', v)}
          error={error?.fields.mirrorThemeIds}
        />
        <TextAreaField
          // no-maxlength: one question per line; the limit is per line (PEER_VISIT_LIMITS.questionMaxLength) and on
          // the count, which the server refuses by name (question_too_long, too_many_questions), so no total to count.
          label={t('network.lens.questions')}
          hint={t('network.lens.questionsHint', { max: PEER_VISIT_LIMITS.maxLensQuestions })}
          optional
          rows={4}
          value={values.questions}
          onChange={(v) => set('questions', v)}
          error={error?.fields.lookForQuestions}
        />
        {mode === 'publish' && openProposals.length > 0 && (
          <CheckboxGroup
            legend={t('network.lens.adopts')}
            name="adoptedProposalIds"
            options={openProposals.map((p) => ({ value: p.id, label: `${p.organisation.name}: ${p.motivation}` }))}
            values={values.adopted}
            onChange={(v) => set('adopted', v)}
          />
        )}
        <TextField
          label={mode === 'propose' ? t('network.lens.motivation') : t('network.lens.changeNote')}
          maxLength={LIMITS.shortText}
          value={values.note}
          onChange={(v) => set('note', v)}
          error={error?.fields.motivation ?? error?.fields.changeNote}
        />
      </Form>
      <Button variant="secondary" onClick={onDone}>
        {t('form.cancel')}
      </Button>
    </div>
  );
}

interface ProposalsProps {
  proposals: Proposal[];
  history: LensPartsFragment[];
  current: LensPartsFragment;
  canDecide: boolean;
  onAdopt: (proposal: Proposal) => void;
  onChanged: () => void;
}

function Proposals({ proposals, history, current, canDecide, onAdopt, onChanged }: ProposalsProps) {
  const { t } = useTexts();
  const versionLabel = useVersionLabel();
  if (proposals.length === 0) return null;
  return (
    <div className="subsection">
      <h3>{t('network.lens.proposals')}</h3>
      <ul className="card-list">
        {proposals.map((p) => {
          // An open proposal is read against the lens as it is now; a decided one against the version it was made on.
          const base = p.status === 'open' ? current : (history.find((v) => v.version === p.baseVersion) ?? current);
          return (
            <li key={p.id} className="card">
              <p>
                <strong>{p.organisation.name}</strong>{' '}
                <span className="muted">
                  · {p.proposedBy} · {t(`network.lens.status.${p.status}`, { version: p.adoptedInVersion })}
                </span>
              </p>
              <p>{p.motivation}</p>
              {p.status === 'open' && p.baseVersion !== current.version && (
                <p className="muted">
                  {t('network.lens.change.olderBase', { base: versionLabel(p.baseVersion), current: versionLabel(current.version) })}
                </p>
              )}
              <LensChange
                before={base}
                after={asLens(p)}
                beforeLabel={t('network.lens.change.before', { version: versionLabel(base.version) })}
                afterLabel={t('network.lens.change.after')}
              />
              {p.decisionNote && <p className="muted">{p.decisionNote}</p>}
              {canDecide && p.status === 'open' && (
                <div className="actions">
                  <Button onClick={() => onAdopt(p)}>{t('network.lens.adopt')}</Button>
                </div>
              )}
              {canDecide && p.status === 'open' && <DeclineProposal proposal={p} onDeclined={onChanged} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function DeclineProposal({ proposal, onDeclined }: { proposal: Proposal; onDeclined: () => void }) {
  const { t } = useTexts();
  const [decline, { loading, error }] = useMutation(DeclineLensProposalDocument);
  const [note, setNote] = useState('');
  return (
    <Form
      onSubmit={async () => (await decline({ input: { proposalId: proposal.id, decisionNote: note } })) && onDeclined()}
      submitLabel={t('network.lens.decline')}
      busy={loading}
      error={error}
      fields={['decisionNote']}
      label={t('network.lens.decline')}
    >
      <TextField
        label={t('network.lens.declineNote')}
        value={note}
        maxLength={LIMITS.shortText}
        onChange={setNote}
        error={error?.fields.decisionNote}
      />
    </Form>
  );
}
