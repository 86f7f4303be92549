import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ForgotPasswordPage, InvitationPage, LoginPage, ProfilePage, ResetPasswordPage } from '../accounts';
import { CasePage, CasesPage, NewCasePage, ResidentRegisterPage } from '../cases';
import { HomePage } from '../home';
import { MethodBuilderPage, MethodDetailPage, MethodLibraryPage } from '../methods';
import { OrganisationPage } from '../organisations';
import { OutboxPage } from '../outbox';
import { HarvestPage, LiveRoomPage, PlanSessionPage, ReportPage, SessionPage, SessionsPage } from '../reflection-sessions';
import { SetupPage } from '../setup';
import { MirrorConsolePage, MirrorConversationPage, MirrorConversationsPage, MirrorProjectorPage } from '../mirror-conversations';
import { RelativePage } from '../relatives';
import { ValuesPage } from '../values';
import { NOTIFICATIONS_PATH, NotificationsPage } from '../notifications';
import { PRIVACY_PATH, PrivacyPage } from '../privacy';
import { NETWORK_OVERVIEW_PATH, NetworkOverviewPage, QUALITY_REPORT_PATH, QualityReportPage } from '../quality-report';
import { JoinNetworkPage, NetworkPage } from '../learning-networks';
import { CheckinPage, MirrorReportPage, NotebookPage, PeerVisitsPage, VisitMirrorConversationPage, VisitPage } from '../peer-visits';
import { PracticesPage } from '../practices';
import { NewStoryPage, StoriesPage, StoryPage, StorytellerPage } from '../stories';
import { LibraryItemPage, LibraryPage, SharePage, ShareReviewPage } from '../library';
import { PatternsPage } from '../patterns';
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
