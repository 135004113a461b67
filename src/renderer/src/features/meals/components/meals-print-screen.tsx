// Print view of a week's meal list and shopping list: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function MealsPrintScreen() {
  return (
    <Page title="Print meals">
      <ComingSoon what="It will lay out the week's meal list and shopping list for paper or PDF." />
    </Page>
  );
}
