// Exercise: not built yet; says so plainly.
import { ComingSoon } from '../../../components/coming-soon';
import { Page } from '../../../components/page';

export function ExerciseScreen() {
  return (
    <Page title="Exercise" lead="A mix of aerobic and strength training.">
      <ComingSoon what="It will log sessions by kind and minutes against a weekly mix." />
    </Page>
  );
}
