// Sleep: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function SleepScreen() {
  return (
    <Page title="Sleep" lead="A steady sleep schedule and bedtime routine.">
      <ComingSoon what="It will log bedtimes and wake times and show how regular they are." />
    </Page>
  );
}
