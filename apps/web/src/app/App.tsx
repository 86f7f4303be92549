import { JOIN_PATH } from '@kring/domain';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { NOTIFICATIONS_PATH } from '../notifications/nav';
import { PRIVACY_PATH } from '../privacy/nav';
import { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from '../quality-report/nav';
import { AuthProvider } from './auth';
import { LOGIN_PATH, RequireViewer, SessionReady, SETUP_PATH, SetupDone } from './guards';
import { lazyPages } from './lazy-pages';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Each feature's screens are a chunk of their own, fetched when first opened.
const accounts = lazyPages(() => import('../accounts/pages'));
const ForgotPasswordPage = accounts('ForgotPasswordPage');
const InvitationPage = accounts('InvitationPage');
const LoginPage = accounts('LoginPage');
const ProfilePage = accounts('ProfilePage');
const ResetPasswordPage = accounts('ResetPasswordPage');
const cases = lazyPages(() => import('../cases/pages'));
const CasePage = cases('CasePage');
const CasesPage = cases('CasesPage');
const NewCasePage = cases('NewCasePage');
const ResidentRegisterPage = cases('ResidentRegisterPage');
const home = lazyPages(() => import('../home/pages'));
const HomePage = home('HomePage');
const methods = lazyPages(() => import('../methods/pages'));
const MethodBuilderPage = methods('MethodBuilderPage');
const MethodDetailPage = methods('MethodDetailPage');
const MethodLibraryPage = methods('MethodLibraryPage');
const organisations = lazyPages(() => import('../organisations/pages'));
const OrganisationPage = organisations('OrganisationPage');
const outbox = lazyPages(() => import('../outbox/pages'));
const OutboxPage = outbox('OutboxPage');
const reflectionSessions = lazyPages(() => import('../reflection-sessions/pages'));
const HarvestPage = reflectionSessions('HarvestPage');
const LiveRoomPage = reflectionSessions('LiveRoomPage');
const PlanSessionPage = reflectionSessions('PlanSessionPage');
const ReportPage = reflectionSessions('ReportPage');
const RoomScreenPage = reflectionSessions('RoomScreenPage');
const JoinPage = reflectionSessions('JoinPage');
const SessionPage = reflectionSessions('SessionPage');
const SessionsPage = reflectionSessions('SessionsPage');
const setup = lazyPages(() => import('../setup/pages'));
const SetupPage = setup('SetupPage');
const mirrorConversations = lazyPages(() => import('../mirror-conversations/pages'));
const MirrorConsolePage = mirrorConversations('MirrorConsolePage');
const MirrorConversationPage = mirrorConversations('MirrorConversationPage');
const MirrorConversationsPage = mirrorConversations('MirrorConversationsPage');
const MirrorProjectorPage = mirrorConversations('MirrorProjectorPage');
const relatives = lazyPages(() => import('../relatives/pages'));
const RelativePage = relatives('RelativePage');
const values = lazyPages(() => import('../values/pages'));
const ValuesPage = values('ValuesPage');
const notifications = lazyPages(() => import('../notifications/pages'));
const NotificationsPage = notifications('NotificationsPage');
const privacy = lazyPages(() => import('../privacy/pages'));
const PrivacyPage = privacy('PrivacyPage');
const qualityReport = lazyPages(() => import('../quality-report/pages'));
const NetworkOverviewPage = qualityReport('NetworkOverviewPage');
const QualityReportPage = qualityReport('QualityReportPage');
const learningNetworks = lazyPages(() => import('../learning-networks/pages'));
const JoinNetworkPage = learningNetworks('JoinNetworkPage');
const NetworkPage = learningNetworks('NetworkPage');
const peerVisits = lazyPages(() => import('../peer-visits/pages'));
const CheckinPage = peerVisits('CheckinPage');
const MirrorReportPage = peerVisits('MirrorReportPage');
const NotebookPage = peerVisits('NotebookPage');
const PeerVisitsPage = peerVisits('PeerVisitsPage');
const VisitMirrorConversationPage = peerVisits('VisitMirrorConversationPage');
const VisitPage = peerVisits('VisitPage');
const practices = lazyPages(() => import('../practices/pages'));
const PracticesPage = practices('PracticesPage');
const stories = lazyPages(() => import('../stories/pages'));
const NewStoryPage = stories('NewStoryPage');
const StoriesPage = stories('StoriesPage');
const StoryPage = stories('StoryPage');
const StorytellerPage = stories('StorytellerPage');
const library = lazyPages(() => import('../library/pages'));
const LibraryItemPage = library('LibraryItemPage');
const LibraryPage = library('LibraryPage');
const SharePage = library('SharePage');
const ShareReviewPage = library('ShareReviewPage');
const patterns = lazyPages(() => import('../patterns/pages'));
const PatternsPage = patterns('PatternsPage');

/** Paths are Dutch, like the interface's first language. */
export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<Shell />}>
            {/* The visit notebook opens from the device, also without a connection, so it does not wait for the session. */}
            <Route path="/visitatie/:visitId/notities" element={<NotebookPage />} />
            {/* Relatives never have an account: their personal link is the way in, without waiting for who is logged in. */}
            <Route path="/naaste/:token" element={<RelativePage />} />
            {/* A storyteller without an account reaches their own story through their personal link. */}
            <Route path="/verhaal/:token" element={<StorytellerPage />} />
            <Route element={<SessionReady />}>
              <Route path={SETUP_PATH} element={<SetupPage />} />
              <Route element={<SetupDone />}>
                <Route path={LOGIN_PATH} element={<LoginPage />} />
                <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
                <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
                <Route path="/uitnodiging/:token" element={<InvitationPage />} />
                {/* The values framework is shared, published language: readable without an account. */}
                <Route path="/waarden" element={<ValuesPage />} />
                <Route element={<RequireViewer />}>
                  <Route path="/" element={<HomePage />} />
                  <Route path="/organisatie/:id" element={<OrganisationPage />} />
                  <Route path="/postvak" element={<OutboxPage />} />
                  <Route path="/profiel" element={<ProfilePage />} />
                  <Route path={NOTIFICATIONS_PATH} element={<NotificationsPage />} />
                  <Route path={PRIVACY_PATH} element={<PrivacyPage />} />
                  <Route path={QUALITY_REPORT_PATH} element={<QualityReportPage />} />
                  <Route path={NETWORK_OVERVIEW_PATH} element={<NetworkOverviewPage />} />
                  <Route path="/casussen" element={<CasesPage />} />
                  <Route path="/casussen/nieuw" element={<NewCasePage />} />
                  <Route path="/casussen/:id" element={<CasePage />} />
                  <Route path="/bewonersregister" element={<ResidentRegisterPage />} />
                  <Route path="/sessies" element={<SessionsPage />} />
                  <Route path="/sessies/nieuw" element={<PlanSessionPage />} />
                  <Route path="/sessies/:id" element={<SessionPage />} />
                  <Route path="/sessies/:id/live" element={<LiveRoomPage />} />
                  <Route path="/sessies/:id/scherm" element={<RoomScreenPage />} />
                  <Route path={JOIN_PATH} element={<JoinPage />} />
                  <Route path={`${JOIN_PATH}/:code`} element={<JoinPage />} />
                  <Route path="/sessies/:id/oogst" element={<HarvestPage />} />
                  <Route path="/sessies/:id/verslag" element={<ReportPage />} />
                  <Route path="/spiegelgesprekken" element={<MirrorConversationsPage />} />
                  <Route path="/spiegelgesprekken/:id" element={<MirrorConversationPage />} />
                  <Route path="/spiegelgesprekken/:id/gesprek" element={<MirrorConsolePage />} />
                  <Route path="/spiegelgesprekken/:id/scherm" element={<MirrorProjectorPage />} />
                  <Route path="/visitaties" element={<PeerVisitsPage />} />
                  <Route path="/visitatie/:visitId" element={<VisitPage />} />
                  <Route path="/visitatie/:visitId/spiegelgesprek" element={<VisitMirrorConversationPage />} />
                  <Route path="/visitatie/:visitId/spiegelrapport" element={<MirrorReportPage />} />
                  <Route path="/visitatie/:visitId/ondernemersgesprek" element={<CheckinPage />} />
                  <Route path="/lerend-netwerk/aansluiten/:token" element={<JoinNetworkPage />} />
                  <Route path="/lerend-netwerk/:networkId" element={<NetworkPage />} />
                  <Route path="/leren" element={<PracticesPage />} />
                  {/* Calendar feeds fetched before the look-back link was fixed still point here. */}
                  <Route path="/praktijken" element={<Navigate to="/leren" replace />} />
                  <Route path="/verhalen" element={<StoriesPage />} />
                  <Route path="/verhalen/nieuw" element={<NewStoryPage />} />
                  <Route path="/verhalen/:id" element={<StoryPage />} />
                  <Route path="/bibliotheek" element={<LibraryPage />} />
                  <Route path="/bibliotheek/delen" element={<SharePage />} />
                  <Route path="/bibliotheek/delen/:kind/:id" element={<ShareReviewPage />} />
                  <Route path="/bibliotheek/:id" element={<LibraryItemPage />} />
                  <Route path="/patronen" element={<PatternsPage />} />
                  <Route path="/methoden" element={<MethodLibraryPage />} />
                  <Route path="/methoden/nieuw" element={<MethodBuilderPage />} />
                  <Route path="/methoden/:id" element={<MethodDetailPage />} />
                  <Route path="/methoden/:id/bewerken" element={<MethodBuilderPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
