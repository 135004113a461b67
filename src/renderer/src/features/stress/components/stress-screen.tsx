// Stress: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function StressScreen() {
  return (
    <Page title="Stress" lead="Breathing, meditation, mindfulness and hobbies.">
      <ComingSoon what="It will log calm practices and guide a breathing exercise." />
    </Page>
  );
}
