// The weekly card: the last 7 days against the 7 before, in plain words (always these two weeks, whatever the range).
import type { WeekFigure } from '@shared/insights/week-comparison';

export function WeeklyCard({ figures }: { figures: WeekFigure[] }) {
  return (
    <section className="card insights-section" aria-labelledby="weekly-card-heading">
      <h2 id="weekly-card-heading">This week against last</h2>
      <p className="muted">The last 7 days, today included, against the 7 days before.</p>
      <ul className="weekly-card" data-testid="weekly-card">
        {figures.map((figure) => (
          <li key={figure.label}>{figure.sentence}</li>
        ))}
      </ul>
    </section>
  );
}
