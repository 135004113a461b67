// Supplement: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function SupplementScreen() {
  return (
    <Page title="Supplement" lead="Your magnesium supplement plan.">
      <ComingSoon what="It will set up a product from its label, plan a start-low step-up, and log doses and side effects." />
    </Page>
  );
}
