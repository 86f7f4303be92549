import { DATE_LOCALES, fieldMessage } from '@kring/domain';
import { useState } from 'react';
import { AuditLogDocument } from '../graphql/documents/privacy';
import type { AuditLogQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { NotLoaded } from '../ui/Page';
import { Section } from '../ui/Section';
import { usePages } from '../ui/usePages';
import { TableWrap } from '../ui/TableWrap';
import { auditRangeProblem } from './audit-range';
import { useTexts } from './texts';

type AuditEvent = AuditLogQuery['auditLog']['events'][number];

interface Filters {
  personId: string;
  action: string;
  from: string;
  until: string;
}

const NO_FILTERS: Filters = { personId: '', action: '', from: '', until: '' };

/** Who read, exported or changed what: filterable, page by page, never the content. */
export function AuditLogSection({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const [filters, setFilters] = useState(NO_FILTERS);
  const pages = usePages<AuditEvent, string>();
  const input = {
    organisationId,
    personId: filters.personId || null,
    action: filters.action || null,
    from: filters.from || null,
    until: filters.until || null,
    beforeId: pages.cursor,
  };
  const { data, error, loading, refetch } = useQuery(AuditLogDocument, { input });
  const filter = (key: keyof Filters) => (value: string) => {
    pages.restart();
    setFilters((f) => ({ ...f, [key]: value }));
  };
  const log = data?.auditLog;
  const events = pages.shown(log?.events);
  // A reversed range is said beside "Tot en met", instead of a list that seems to say the log is empty.
  const rangeProblem = auditRangeProblem(filters.from, filters.until);

  return (
    <Section title={t('privacy.log.title')}>
      <p>{t('privacy.log.intro')}</p>
      <div className="privacy__filters">
        <SelectField
          label={t('privacy.log.person')}
          optional
          emptyOption={t('privacy.log.anyone')}
          value={filters.personId}
          onChange={filter('personId')}
          options={(log?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
        <SelectField
          label={t('privacy.log.action')}
          optional
          emptyOption={t('privacy.log.anything')}
          value={filters.action}
          onChange={filter('action')}
          options={(log?.actions ?? []).map((a) => ({ value: a.action, label: a.label }))}
        />
        <TextField
          label={t('privacy.log.from')}
          optional
          type="date"
          value={filters.from}
          onChange={filter('from')}
          error={error?.fields.from}
        />
        <TextField
          label={t('privacy.log.until')}
          optional
          type="date"
          value={filters.until}
          onChange={filter('until')}
          error={rangeProblem ? fieldMessage(rangeProblem, language) : error?.fields.until}
        />
      </div>
      {rangeProblem ? null : !log && !pages.hasEarlier ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : events.length === 0 ? (
        <p>{t('privacy.log.empty')}</p>
      ) : (
        <>
          <EventTable events={events} />
          {log?.hasMore && (
            <Button variant="secondary" busy={loading} onClick={() => pages.more(events, events[events.length - 1].id)}>
              {t('privacy.log.more')}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}

function EventTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  // Short, so the table stays readable on a phone: "22-11-2026 09:24".
  const when = new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: 'short', timeStyle: 'short' });
  return (
    <TableWrap label={t('privacy.log.table')}>
      <table className="audit-log">
        <thead>
          <tr>
            <th scope="col">{t('privacy.log.when')}</th>
            <th scope="col">{t('privacy.log.person')}</th>
            <th scope="col">{t('privacy.log.action')}</th>
            <th scope="col">{t('privacy.log.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              {/* On a phone each row is a card and each cell says its column's name (privacy.css). */}
              <td className="privacy__when" data-label={t('privacy.log.when')}>
                <time dateTime={e.createdAt}>{when.format(new Date(e.createdAt))}</time>
              </td>
              <td data-label={t('privacy.log.person')}>{e.person?.name ?? e.linkActor ?? t('privacy.log.kring')}</td>
              <td data-label={t('privacy.log.action')}>
                {e.actionLabel}
                {/* From what to what, for a change of a setting ("Rol: Begeleider → Gespreksleider"). */}
                {e.change && <div className="muted">{e.change}</div>}
              </td>
              <td data-label={t('privacy.log.subject')}>
                {[e.subjectLabel, e.subjectName, e.count === null ? null : t('privacy.log.count', { count: e.count })]
                  .filter(Boolean)
                  .join(': ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
