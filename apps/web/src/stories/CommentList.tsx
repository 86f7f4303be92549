import { useLocale } from '../i18n/locale';
import { useTexts } from './texts';

interface Comment {
  id: string;
  body: string;
  fromStoryteller: boolean;
  authorName?: string | null;
  revision: number;
  createdAt: string;
}

/** The remarks of the member check, oldest first, each with who made it and on which version. */
export function CommentList({ comments }: { comments: readonly Comment[] }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  if (comments.length === 0) return <p>{t('stories.comments.empty')}</p>;
  return (
    <ul className="line-list">
      {comments.map((comment) => (
        <li key={comment.id} className={comment.fromStoryteller ? 'line-list__marked' : undefined}>
          <p className="prose">{comment.body}</p>
          <p className="muted">
            {[
              comment.fromStoryteller ? t('stories.comments.teller') : t('stories.comments.writer'),
              comment.authorName,
              t('stories.comments.onVersion', { revision: comment.revision }),
              dateTime(comment.createdAt),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
