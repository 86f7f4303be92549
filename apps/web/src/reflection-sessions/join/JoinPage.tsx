import { errorMessage, JOIN_CODE_LENGTH, JOIN_PATH, parseJoinCode } from '@kring/domain';
import { useId, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { SessionByJoinCodeDocument } from '../../graphql/documents/reflection-sessions';
import { useQuery } from '../../graphql/hooks';
import { useLanguage } from '../../i18n';
import { Button } from '../../ui/Button';
import { Loading, Page } from '../../ui/Page';
import { sessionPath } from '../paths';
import { useTexts } from '../texts';

/**
 * /meedoen/:code — where the QR code on the room's screen leads — and
 * /meedoen, where someone types the code instead. Both go through the same
 * lookup, which finds only sessions the person takes part in; logged out,
 * the login page brings them back here.
 */
export function JoinPage() {
  const { code } = useParams();
  const { t } = useTexts();
  return <Page title={t('sessions.join.title')}>{code ? <JoinByCode key={code} code={code} /> : <CodeForm />}</Page>;
}

function JoinByCode({ code }: { code: string }) {
  const { data, error } = useQuery(SessionByJoinCodeDocument, { code });
  if (data) return <Navigate to={sessionPath(data.sessionByJoinCode, 'live')} replace />;
  if (error) return <CodeForm initial={code} problem={error.message} />;
  return <Loading />;
}

function CodeForm({ initial = '', problem: serverProblem }: { initial?: string; problem?: string }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const id = useId();
  const [typed, setTyped] = useState(initial);
  const [problem, setProblem] = useState(serverProblem);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parseJoinCode(typed)) return setProblem(errorMessage('SESSION_JOIN_CODE_INVALID', language));
    void navigate(`${JOIN_PATH}/${encodeURIComponent(typed.trim())}`);
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>{t('sessions.join.intro')}</p>
      <div className={problem ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>{t('sessions.join.label')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('sessions.join.hint', { length: JOIN_CODE_LENGTH })}
        </p>
        {problem && (
          <p id={`${id}-error`} className="field__error" role="alert">
            {problem}
          </p>
        )}
        <input
          id={id}
          className="join-code-input"
          value={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <Button type="submit">{t('sessions.join.submit')}</Button>
    </form>
  );
}
