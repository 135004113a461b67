// Insights: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function InsightsScreen() {
  return (
    <Page title="Insights" lead="How focus, mood and sleep move with your routine.">
      <ComingSoon what="It will chart daily check-ins beside your routine, honestly." />
    </Page>
  );
}
