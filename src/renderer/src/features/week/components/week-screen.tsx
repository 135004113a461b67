// Week: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function WeekScreen() {
  return (
    <Page title="Week" lead="Your routines across the week.">
      <ComingSoon what="It will show a 7-day grid where you create, move and edit routines." />
    </Page>
  );
}
