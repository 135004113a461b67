// Meals: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function MealsScreen() {
  return (
    <Page title="Meals" lead="Magnesium-rich meals for the week.">
      <ComingSoon what="It will plan meals from the USDA food database with magnesium per meal and day, and make shopping lists." />
    </Page>
  );
}
