import { MIRROR_QUESTIONS, mirrorThemesFor } from '@kring/domain';
import { Link, useParams } from 'react-router-dom';
import { VisitMirrorConversationDocument } from '../../graphql/documents/peer-visits';
import type { VisitNotePartsFragment } from '../../graphql/generated';
import { useQuery } from '../../graphql/hooks';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import { HostWords } from '../host-words';
import { NoteTags } from '../NoteTags';
import { reportPath, visitPath } from '../paths';
import { ResponseEditor } from './ResponseEditor';
import '../peer-visits.css';
import { useTexts } from '../texts';

function Notes({ notes }: { notes: VisitNotePartsFragment[] }) {
  const { t } = useTexts();
  if (notes.length === 0) return <p className="muted">{t('visits.conversation.noNotes')}</p>;
  return (
    <ul className="card-list">
      {notes.map((n) => (
        <li key={n.id} className="card note">
          <p>{n.body}</p>
          <NoteTags note={n} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Mirror conversation mode, the same day (domain guide §6.5): the focus
 * question, the mirror themes with the visitors' beelden under them, and
 * the three questions, each with the host's response.
 */
export function VisitMirrorConversationPage() {
  const { t } = useTexts();
  const local = useLocalized();
  const { visitId = '' } = useParams();
  const { data, error, refetch } = useQuery(VisitMirrorConversationDocument, { visitId });
  if (!data) return <Page title={t('visits.conversation.title')} notLoaded={{ error, onRetry: refetch }} />;
  const c = data.visitMirrorConversation;
  const response = (kind: string, id: string) => c.responses.find((r) => r.topicKind === kind && r.topicId === id);
  const editor = (kind: 'focus' | 'question' | 'theme', id: string) => (
    <ResponseEditor
      key={`${kind}-${id}`}
      visitId={visitId}
      topicKind={kind}
      topicId={id}
      label={t('visits.conversation.response')}
      response={response(kind, id)}
      open={c.open}
      onSaved={refetch}
    />
  );
  // Themes of the agreed lens first, in the host's word for its people; a beeld under another theme is still shown.
  const themes = [...mirrorThemesFor(c.hostResidentTerm)].sort(
    (a, b) => Number(!c.lens.mirrorThemeIds.includes(a.id)) - Number(!c.lens.mirrorThemeIds.includes(b.id)),
  );
  const used = themes.filter((theme) => c.lens.mirrorThemeIds.includes(theme.id) || c.notes.some((n) => n.mirrorThemeId === theme.id));
  return (
    <HostWords term={c.hostResidentTerm}>
      <Page title={t('visits.conversation.titleAt', { host: c.host.name })} wide>
        <p className="lead">{t('visits.conversation.intro')}</p>
        <Section title={t('visits.conversation.focus')}>
          <p className="prompt">{c.focusQuestion}</p>
          <Notes notes={c.notes.filter((n) => n.aboutFocus)} />
          {editor('focus', 'focus')}
        </Section>
        {used.map((theme) => (
          <Section key={theme.id} title={local(theme.name)}>
            <p className="muted">{local(theme.description)}</p>
            <Notes notes={c.notes.filter((n) => n.mirrorThemeId === theme.id)} />
            {editor('theme', theme.id)}
          </Section>
        ))}
        {c.notes.some((n) => !n.mirrorThemeId) && (
          <Section title={t('visits.conversation.withoutTheme')}>
            <Notes notes={c.notes.filter((n) => !n.mirrorThemeId)} />
          </Section>
        )}
        <Section title={t('visits.conversation.questions')}>
          {MIRROR_QUESTIONS.map((q) => (
            <div key={q.id} className="subsection">
              <h3>{local(q.name)}</h3>
              <p className="muted">{local(q.description)}</p>
              {editor('question', q.id)}
            </div>
          ))}
        </Section>
        <p className="actions">
          <Link to={reportPath(visitId)}>{t('visits.links.report')}</Link>
          <Link to={visitPath(visitId)}>{t('visits.links.visit')}</Link>
        </p>
      </Page>
    </HostWords>
  );
}
