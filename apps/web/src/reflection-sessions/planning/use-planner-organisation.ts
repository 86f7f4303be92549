import { SESSION_PLANNER_ROLES } from '@kring/domain';
import { organisationsOf, useViewer } from '../../app/auth';
import { useChosenOrganisation } from '../../ui/useChosenOrganisation';

/** The organisations where the viewer may plan sessions (moderators and managers), and the chosen one. */
export function usePlannerOrganisation() {
  const viewer = useViewer();
  const planners = new Set(organisationsOf(viewer, SESSION_PLANNER_ROLES).map((o) => o.id));
  return useChosenOrganisation((all) => all.filter((o) => planners.has(o.id)));
}
