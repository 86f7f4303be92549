import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AgreeToVisitDocument, CancelPeerVisitDocument, PeerVisitDocument } from '../graphql/documents/peer-visits';
import type { PeerVisitPartsFragment } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button, ConfirmButton } from '../ui/Button';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { AgreementSection } from './agreement/AgreementSection';
import { PackSection } from './agreement/PackSection';
import { TeamSection } from './agreement/TeamSection';
import { checkinPath, conversationPath, notebookPath, reportPath, visitPath } from './paths';
import { HostWords } from './host-words';
import { VisitSummaryLine } from './VisitSummaryLine';
import './peer-visits.css';
import { ErrorAlert } from '../ui/ErrorAlert';
import { usePurgedOnEvent } from '../ui/retention';
import { useTexts } from './texts';

export type Visit = PeerVisitPartsFragment;

/** One visit: what both sides agree on before it, the preparation pack, and the ways into the day itself. */
export function VisitPage() {
  const { t } = useTexts();
  const { visitId = '' } = useParams();
  const { data, error, refetch } = useQuery(PeerVisitDocument, { visitId });
  if (!data) return <Page title={t('visits.visit.title')} notLoaded={{ error, onRetry: refetch }} />;
  const visit = data.peerVisit;
  const host = visit.viewerSide === 'host';
  return (
    <Page title={t('visits.visit.titleOf', { host: visit.host.name, visitor: visit.visitor.name })} wide>
      <VisitSummaryLine visit={visit} />
      <p className="lead">{host ? t('visits.visit.youHost') : t('visits.visit.youVisit')}</p>
      {visit.status === 'cancelled' && <Alert tone="info">{t('visits.visit.cancelled')}</Alert>}
      {visit.status === 'agreed' && (
        <nav className="section-nav" aria-label={t('visits.visit.daySections')}>
          <ul>
            {!host && (
              <li>
                <Link to={notebookPath(visit.id)}>{t('visits.links.notebook', { count: visit.noteCount })}</Link>
              </li>
            )}
            <li>
              <Link to={conversationPath(visit.id)}>{t('visits.links.conversation')}</Link>
            </li>
            <li>
              <Link to={reportPath(visit.id)}>{t('visits.links.report')}</Link>
            </li>
            {visit.viewerIsEntrepreneur && (
              <li>
                <Link to={checkinPath(visit.id)}>{t('visits.links.checkin')}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <Section title={t('visits.agreement.title')} id="afspraken">
        <HostWords term={visit.pack.residentTerm}>
          <AgreementSection visit={visit} onChanged={refetch} />
        </HostWords>
      </Section>
      <Section title={t('visits.team.title')} id="team">
        <TeamSection visit={visit} onChanged={refetch} />
      </Section>
      <Section title={t('visits.agree.title')} id="akkoord">
        <Agreeing visit={visit} onChanged={refetch} />
      </Section>
      <Section title={t('visits.pack.title')} id="voorbereiding">
        <PackSection visit={visit} />
      </Section>
      {visit.returnVisit && (
        <p className="link-alone">
          <Link to={visitPath(visit.returnVisit.id)}>{t('visits.visit.returnVisit', { host: visit.returnVisit.host.name })}</Link>
        </p>
      )}
      {visit.viewerIsEntrepreneur && visit.status !== 'cancelled' && visit.reportStatus !== 'closed' && (
        <CancelVisit visit={visit} onChanged={refetch} />
      )}
    </Page>
  );
}

function Agreeing({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const [agree, { loading, error }] = useMutation(AgreeToVisitDocument);
  // A refusal speaks of what was missing when "Akkoord" was pressed: once the team or the lens changed, it is old news.
  const missingNow = visit.missingForAgreement.join(',');
  const [triedWith, setTriedWith] = useState<string>();
  const ownSideAgreed = visit.viewerSide === 'host' ? visit.hostAgreedAt : visit.visitorAgreedAt;
  const line = (side: 'host' | 'visitor', at: string | null | undefined) =>
    at ? t(`visits.agree.${side}Agreed`, { when: dateTime(at) }) : t(`visits.agree.${side}Waiting`);
  return (
    <>
      <ul className="plain-list">
        <li>{line('host', visit.hostAgreedAt)}</li>
        <li>{line('visitor', visit.visitorAgreedAt)}</li>
      </ul>
      {visit.status === 'agreed' ? (
        <p>{t('visits.agree.done', { version: visit.lens.version })}</p>
      ) : (
        visit.missingForAgreement.length > 0 && (
          <p>
            {t('visits.agree.missing', {
              fields: visit.missingForAgreement.map((f) => t(`visits.agree.fields.${f}` as 'visits.agree.fields.members')).join(', '),
            })}
          </p>
        )
      )}
      <ErrorAlert error={triedWith === missingNow ? error : undefined} />
      {visit.viewerIsEntrepreneur && visit.status === 'preparing' && !ownSideAgreed && (
        <Button
          busy={loading}
          onClick={() => {
            setTriedWith(missingNow);
            void agree({ visitId: visit.id }).then((done) => done && onChanged());
          }}
        >
          {t('visits.agree.submit')}
        </Button>
      )}
    </>
  );
}

function CancelVisit({ visit, onChanged }: { visit: Visit; onChanged: () => void }) {
  const { t } = useTexts();
  const [cancel, { loading, error }] = useMutation(CancelPeerVisitDocument);
  const purged = usePurgedOnEvent('peer_visit_cancelled');
  return (
    <div className="subsection">
      <ErrorAlert error={error} />
      <ConfirmButton
        label={t('visits.visit.cancel')}
        target={visit.host.name}
        confirmLabel={t('visits.visit.cancelConfirm')}
        question={`${purged} ${t('visits.visit.cancelQuestion')}`}
        busy={loading}
        onConfirm={() => void cancel({ visitId: visit.id }).then((done) => done && onChanged())}
      />
    </div>
  );
}
