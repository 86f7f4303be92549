import { LIMITS, METHOD_LIMITS } from '@kring/domain';
import { useEffect, useId, useReducer, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { SaveCustomMethodDocument } from '../graphql/documents/methods';
import { useMutation } from '../graphql/hooks';
import { Button } from '../ui/Button';
import { useLocalized } from '../i18n/localized';
import { AddPhase } from './AddPhase';
import { BilingualField } from './BilingualField';
import type { SavedNotice } from './MethodDetailPage';
import { draftProblems, draftReducer, freePhaseId, saveInput, type MethodDraft, type PhaseBlock } from './method-draft';
import { PhaseEditor } from './PhaseEditor';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

interface Props {
  organisationId: string;
  initial: MethodDraft;
  blocks: readonly PhaseBlock[];
  link: (path: string, params?: Record<string, string>) => string;
}

/**
 * Edits a method draft and saves it as a new method or the next version.
 * Problems show beside the phase they are in while editing; saving with
 * problems left only moves focus to the list of them.
 */
export function MethodEditor({ organisationId, initial, blocks, link }: Props) {
  const { t } = useTexts();
  const local = useLocalized();
  const navigate = useNavigate();
  const baseId = useId();
  const [draft, dispatch] = useReducer(draftReducer, initial);
  const [save, { loading, error }] = useMutation(SaveCustomMethodDocument);
  const [attempted, setAttempted] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const problems = draftProblems(draft);
  const phaseElementId = (phaseId: string) => `${baseId}-phase-${phaseId}`;
  const phasesHeadingId = `${baseId}-phases`;

  // Adding, moving or removing a phase re-renders the list; focus follows the
  // phase (or lands on the list) so keyboard and screen reader users keep their place.
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (problems.all.length > 0) {
      summaryRef.current?.focus();
      return;
    }
    if (loading) return;
    const data = await save({ input: saveInput(draft, organisationId) });
    if (data) {
      const state: SavedNotice = { savedVersion: data.saveCustomMethod.version };
      void navigate(link(`/methoden/${data.saveCustomMethod.id}`), { state });
    }
  };

  const cancelTo = link(draft.methodId ? `/methoden/${draft.methodId}` : '/methoden');
  return (
    <form className="method-editor" noValidate onSubmit={submit}>
      <p>{t('methods.builder.bilingual')}</p>
      {attempted && problems.all.length > 0 && (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{t('methods.builder.problemsTitle')}</p>
          <ul>
            {problems.all.map((problem, i) => (
              <li key={`${problem.code}-${i}`}>{local(problem.message)}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorAlert error={error} />

      <fieldset className="field">
        <legend>{t('methods.builder.general')}</legend>
        {problems.method.length > 0 && (
          <ul className="problems">
            {problems.method.map((problem, i) => (
              <li key={`${problem.code}-${i}`}>{local(problem.message)}</li>
            ))}
          </ul>
        )}
        <BilingualField
          label={t('methods.builder.name')}
          value={draft.name}
          maxLength={LIMITS.name}
          onChange={(language, value) => dispatch({ type: 'setName', language, value })}
        />
        <BilingualField
          label={t('methods.builder.summary')}
          value={draft.summary}
          maxLength={METHOD_LIMITS.maxTextLength}
          multiline
          optional
          onChange={(language, value) => dispatch({ type: 'setSummary', language, value })}
        />
      </fieldset>

      <h2 id={phasesHeadingId} tabIndex={-1}>
        {t('methods.builder.phasesTitle')}
      </h2>
      {draft.phases.length === 0 ? (
        <p>{t('methods.builder.noPhases')}</p>
      ) : (
        <ol className="phase-editors">
          {draft.phases.map((phase, index) => (
            <li key={phase.id}>
              <PhaseEditor
                phases={draft.phases}
                index={index}
                problems={problems.byPhase.get(phase.id) ?? []}
                dispatch={dispatch}
                elementId={phaseElementId(phase.id)}
                onMoved={(offset) => {
                  dispatch({ type: 'movePhase', index, offset });
                  setFocusTarget(phaseElementId(phase.id));
                }}
                onRemoved={() => {
                  dispatch({ type: 'removePhase', index });
                  setFocusTarget(phasesHeadingId);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <AddPhase
        blocks={blocks}
        onAdd={(block) => {
          // The reducer gives the new phase this same id.
          setFocusTarget(phaseElementId(freePhaseId(block.kind, draft.phases)));
          dispatch({ type: 'addPhase', block });
        }}
      />

      <div className="form__actions actions">
        <Button type="submit" busy={loading}>
          {draft.baseVersion ? t('methods.builder.saveVersion', { version: draft.baseVersion + 1 }) : t('methods.builder.saveNew')}
        </Button>
        <Link to={cancelTo}>{t('methods.builder.cancel')}</Link>
      </div>
    </form>
  );
}
