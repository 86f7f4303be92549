import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ForgotPasswordPage } from '../accounts/ForgotPasswordPage';
import { InvitationPage } from '../accounts/InvitationPage';
import { LoginPage } from '../accounts/LoginPage';
import { ProfilePage } from '../accounts/ProfilePage';
import { ResetPasswordPage } from '../accounts/ResetPasswordPage';
import { CasePage } from '../cases/CasePage';
import { CasesPage } from '../cases/CasesPage';
import { NewCasePage } from '../cases/NewCasePage';
import { ResidentRegisterPage } from '../cases/ResidentRegisterPage';
import { HomePage } from '../home/HomePage';
import { MethodBuilderPage } from '../methods/MethodBuilderPage';
import { MethodDetailPage } from '../methods/MethodDetailPage';
import { MethodLibraryPage } from '../methods/MethodLibraryPage';
import { OrganisationPage } from '../organisations/OrganisationPage';
import { OutboxPage } from '../outbox/OutboxPage';
import { SessionPage } from '../reflection-sessions/details/SessionPage';
import { HarvestPage } from '../reflection-sessions/harvest/HarvestPage';
import { LiveRoomPage } from '../reflection-sessions/live/LiveRoomPage';
import { PlanSessionPage } from '../reflection-sessions/planning/PlanSessionPage';
import { ReportPage } from '../reflection-sessions/report/ReportPage';
import { SessionsPage } from '../reflection-sessions/SessionsPage';
import { SetupPage } from '../setup/SetupPage';
import { MirrorConsolePage } from '../mirror-conversations/live/MirrorConsolePage';
import { MirrorProjectorPage } from '../mirror-conversations/live/MirrorProjectorPage';
import { MirrorConversationPage } from '../mirror-conversations/MirrorConversationPage';
import { MirrorConversationsPage } from '../mirror-conversations/MirrorConversationsPage';
import { RelativePage } from '../relatives/RelativePage';
import { ValuesPage } from '../values/ValuesPage';
import { NotificationsPage } from '../notifications/NotificationsPage';
import { NOTIFICATIONS_PATH } from '../notifications/paths';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { PRIVACY_PATH } from '../privacy/paths';
import { NetworkOverviewPage } from '../quality-report/NetworkOverviewPage';
import { QualityReportPage } from '../quality-report/QualityReportPage';
import { NETWORK_OVERVIEW_PATH, QUALITY_REPORT_PATH } from '../quality-report/paths';
import { JoinNetworkPage } from '../learning-networks/JoinNetworkPage';
import { NetworkPage } from '../learning-networks/NetworkPage';
import { CheckinPage } from '../peer-visits/CheckinPage';
import { VisitMirrorConversationPage } from '../peer-visits/mirror/VisitMirrorConversationPage';
import { MirrorReportPage } from '../peer-visits/mirror/MirrorReportPage';
import { NotebookPage } from '../peer-visits/notebook/NotebookPage';
import { PeerVisitsPage } from '../peer-visits/PeerVisitsPage';
import { VisitPage } from '../peer-visits/VisitPage';
import { PracticesPage } from '../practices/PracticesPage';
import { NewStoryPage } from '../stories/NewStoryPage';
import { StoriesPage } from '../stories/StoriesPage';
import { StoryPage } from '../stories/StoryPage';
import { StorytellerPage } from '../stories/StorytellerPage';
import { LibraryItemPage } from '../library/LibraryItemPage';
import { LibraryPage } from '../library/LibraryPage';
import { SharePage } from '../library/SharePage';
import { ShareReviewPage } from '../library/ShareReviewPage';
import { PatternsPage } from '../patterns/PatternsPage';
import { AuthProvider } from './auth';
import { LOGIN_PATH, RequireViewer, SessionReady, SETUP_PATH, SetupDone } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/** Paths are Dutch, like the interface's first language. */
export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<Shell />}>
            {/* The visit notebook opens from the device, also without a connection, so it does not wait for the session. */}
            <Route path="/visitatie/:visitId/notities" element={<NotebookPage />} />
            <Route element={<SessionReady />}>
              <Route path={SETUP_PATH} element={<SetupPage />} />
              <Route element={<SetupDone />}>
                <Route path={LOGIN_PATH} element={<LoginPage />} />
                <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
                <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
                <Route path="/uitnodiging/:token" element={<InvitationPage />} />
                {/* Relatives never have an account: their personal link is the way in. */}
                <Route path="/naaste/:token" element={<RelativePage />} />
                {/* A storyteller without an account reaches their own story through their personal link. */}
                <Route path="/verhaal/:token" element={<StorytellerPage />} />
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
