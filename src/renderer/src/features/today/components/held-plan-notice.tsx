// Today's word on a supplement plan held by the upper-limit rule: why its doses are not on the list, and the ways out.
import { useQuery } from '@tanstack/react-query';
import type { LocalDate } from '@shared/dates/local-date';
import { HeldPlanNotice } from '../../../components/plan-held-notice';
import { useProfile } from '../../../data/profile/profile-queries';
import { supplementQueries } from '../../../data/supplement/supplement-queries';
import { standingOf } from '../../../data/supplement/supplement-repository';
import { navigate } from '../../../lib/router';

export default function TodayHeldPlanNotice({ today }: { today: LocalDate }) {
  const profile = useProfile();
  const overview = useQuery(supplementQueries.overview(today));
  const plan = overview.data?.plan;
  const product = plan && overview.data?.products.find((p) => p.id === plan.productId);
  if (!plan || !product || !profile.data) return null;
  const standing = standingOf(plan, product, profile.data.lifeStage);
  if (standing.kind !== 'held') return null;
  return <HeldPlanNotice planId={plan.id} standing={standing} onLowerPlan={() => navigate('#/supplement')} />;
}
