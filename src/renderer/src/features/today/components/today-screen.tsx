// Today: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function TodayScreen() {
  return (
    <Page title="Today" lead="What is planned for today, in time order.">
      <ComingSoon what="It will list today's routines across every area, with done, skip and snooze." />
    </Page>
  );
}
