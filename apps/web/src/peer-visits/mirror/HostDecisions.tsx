import {
  LIMITS,
  MIRROR_REPORT_CHOICE_INTRO,
  mirrorReportCircleSentence,
  REPORT_VISIBILITIES,
  REPORT_VISIBILITY_LABELS,
  type ReportVisibility,
} from '@kring/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  AddVisitPracticeDocument,
  CloseMirrorReportDocument,
  PlanReturnVisitDocument,
  RemoveVisitPracticeDocument,
  SetReportVisibilityDocument,
  UpdateHostReflectionDocument,
} from '../../graphql/documents/peer-visits';
import { useMutation } from '../../graphql/hooks';
import { Button, ConfirmButton } from '../../ui/Button';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import { visitPath } from '../paths';
import type { Report } from './MirrorReportPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';
import { VisitDateField } from '../VisitDateField';

/**
 * What only the host decides: a reflection, the practices to try, who reads
 * the report (also after closing), closing it, and the visit back.
 */
export function HostDecisions({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useTexts();
  const withHost = report.status === 'with_host';
  return (
    <Section title={t('visits.report.host.title')}>
      {report.status === 'draft' && <p>{t('visits.report.host.waiting')}</p>}
      {withHost && <Reflection report={report} onChanged={onChanged} />}
      {withHost && <Practices report={report} onChanged={onChanged} />}
      <Visibility report={report} onChanged={onChanged} />
      {withHost && <CloseReport report={report} onChanged={onChanged} />}
      {report.status === 'closed' && <ReturnVisit report={report} />}
    </Section>
  );
}

function Reflection({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useTexts();
  const [reflection, setReflection] = useState(report.hostReflection);
  const [save, { loading, error }] = useMutation(UpdateHostReflectionDocument);
  // Said by the button until the text changes again: the reflection as saved, not as typed since.
  const [saved, setSaved] = useState<string>();
  return (
    <Form
      onSubmit={async () => {
        const done = await save({ input: { visitId: report.visitId, reflection } });
        setSaved(done ? reflection : undefined);
        if (done) onChanged();
      }}
      submitLabel={t('visits.report.host.saveReflection')}
      busy={loading}
      error={error}
      fields={['reflection']}
      label={t('visits.report.reflection')}
      status={saved === reflection && t('visits.report.host.reflectionSaved')}
    >
      <TextAreaField
        label={t('visits.report.reflection')}
        hint={t('visits.report.host.reflectionHint')}
        optional
        rows={5}
        maxLength={LIMITS.longText}
        value={reflection}
        onChange={setReflection}
        error={error?.fields.reflection}
      />
    </Form>
  );
}

function Practices({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useTexts();
  const [add, adding] = useMutation(AddVisitPracticeDocument);
  const [remove, removing] = useMutation(RemoveVisitPracticeDocument);
  const empty = { what: '', who: '', lookBackOn: '', teamId: '' };
  const [practice, setPractice] = useState(empty);
  const submit = async () => {
    const done = await add({
      input: {
        visitId: report.visitId,
        what: practice.what,
        who: practice.who,
        lookBackOn: practice.lookBackOn || null,
        teamId: practice.teamId || null,
      },
    });
    if (done) {
      setPractice(empty);
      onChanged();
    }
  };
  return (
    <div className="subsection">
      <h3>{t('visits.report.practices')}</h3>
      <p>{t('visits.report.host.practicesIntro')}</p>
      {report.practices.length > 0 && (
        <ul className="plain-list">
          {report.practices.map((p) => (
            <li key={p.id}>
              {p.what}{' '}
              <ConfirmButton
                label={t('visits.report.host.removePractice')}
                target={p.what}
                confirmLabel={t('visits.report.host.removePractice')}
                busy={removing.loading}
                onConfirm={() => void remove({ input: { visitId: report.visitId, practiceId: p.id } }).then((done) => done && onChanged())}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={removing.error} />
      <Form
        onSubmit={submit}
        submitLabel={t('visits.report.host.addPractice')}
        busy={adding.loading}
        error={adding.error}
        fields={['what', 'who', 'lookBackOn', 'teamId']}
        label={t('visits.report.host.addPractice')}
      >
        <TextField
          label={t('visits.report.host.what')}
          maxLength={LIMITS.shortText}
          value={practice.what}
          onChange={(what) => setPractice({ ...practice, what })}
          error={adding.error?.fields.what}
        />
        <TextField
          label={t('visits.report.host.who')}
          optional
          value={practice.who}
          maxLength={LIMITS.name}
          onChange={(who) => setPractice({ ...practice, who })}
          error={adding.error?.fields.who}
        />
        <TextField
          label={t('visits.report.host.lookBackOn')}
          type="date"
          optional
          value={practice.lookBackOn}
          onChange={(lookBackOn) => setPractice({ ...practice, lookBackOn })}
          error={adding.error?.fields.lookBackOn}
        />
        {report.hostTeams.length > 0 && (
          <SelectField
            label={t('visits.report.host.team')}
            optional
            emptyOption={t('visits.report.host.noTeam')}
            options={report.hostTeams.map((team) => ({ value: team.id, label: team.name }))}
            value={practice.teamId}
            onChange={(teamId) => setPractice({ ...practice, teamId })}
          />
        )}
      </Form>
    </div>
  );
}

function Visibility({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useTexts();
  const local = useLocalized();
  const [visibility, setVisibility] = useState<ReportVisibility>(report.visibility);
  const [teamId, setTeamId] = useState(report.team?.id ?? '');
  const [save, { loading, error }] = useMutation(SetReportVisibilityDocument);
  const [saved, setSaved] = useState(false);
  return (
    <div className="subsection">
      <h3>{t('visits.report.host.visibilityTitle')}</h3>
      <p>{local(MIRROR_REPORT_CHOICE_INTRO)}</p>
      <Form
        onSubmit={async () => {
          const done = await save({
            input: { visitId: report.visitId, visibility, teamId: visibility === 'team' ? teamId || null : null },
          });
          setSaved(!!done);
          if (done) onChanged();
        }}
        submitLabel={t('visits.report.host.saveVisibility')}
        busy={loading}
        error={error}
        fields={['visibility', 'teamId']}
        label={t('visits.report.host.visibilityTitle')}
        // By the button, where a phone shows it: the four circles and their explanations fill the screen above it.
        status={saved && t('visits.report.host.visibilitySaved')}
      >
        <RadioGroup
          legend={t('visits.report.host.visibilityLegend')}
          name="visibility"
          options={REPORT_VISIBILITIES.map((v) => ({
            value: v,
            label: (
              <span>
                {local(REPORT_VISIBILITY_LABELS[v])}
                <span className="choice__explanation">{local(mirrorReportCircleSentence(v))}</span>
              </span>
            ),
          }))}
          value={visibility}
          onChange={(v) => {
            setSaved(false);
            setVisibility(v);
          }}
          error={error?.fields.visibility}
        />
        {visibility === 'team' && (
          <SelectField
            label={t('visits.report.host.team')}
            emptyOption={t('visits.report.host.chooseTeam')}
            options={report.hostTeams.map((team) => ({ value: team.id, label: team.name }))}
            value={teamId}
            onChange={(id) => {
              setSaved(false);
              setTeamId(id);
            }}
            error={error?.fields.teamId}
          />
        )}
      </Form>
    </div>
  );
}

function CloseReport({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useTexts();
  const [close, { loading, error }] = useMutation(CloseMirrorReportDocument);
  return (
    <div className="subsection">
      <h3>{t('visits.report.host.closeTitle')}</h3>
      <p>{t('visits.report.host.closeIntro')}</p>
      <ErrorAlert error={error} />
      <ConfirmButton
        label={t('visits.report.host.close')}
        target={t('visits.report.title')}
        confirmLabel={t('visits.report.host.close')}
        busy={loading}
        onConfirm={() => void close({ visitId: report.visitId }).then((done) => done && onChanged())}
      />
    </div>
  );
}

function ReturnVisit({ report }: { report: Report }) {
  const { t } = useTexts();
  const navigate = useNavigate();
  const [plan, { loading, error }] = useMutation(PlanReturnVisitDocument);
  const [visitDate, setVisitDate] = useState('');
  if (report.returnVisit) {
    return (
      <p>
        <Button variant="secondary" onClick={() => navigate(visitPath(report.returnVisit!.id))}>
          {t('visits.report.host.toReturnVisit')}
        </Button>
      </p>
    );
  }
  return (
    <div className="subsection">
      <h3>{t('visits.report.host.returnTitle')}</h3>
      <Form
        onSubmit={async () => {
          const done = await plan({ input: { visitId: report.visitId, visitDate: visitDate || null } });
          if (done) void navigate(visitPath(done.planReturnVisit.id));
        }}
        submitLabel={t('visits.report.host.planReturn')}
        busy={loading}
        error={error}
        fields={['visitDate']}
        label={t('visits.report.host.returnTitle')}
      >
        <VisitDateField value={visitDate} onChange={setVisitDate} error={error?.fields.visitDate} />
      </Form>
    </div>
  );
}
