// Bedtime-routine ideas, offered as options to try, never as rules.
export function BedtimeOptions() {
  return (
    <section className="card" aria-labelledby="bedtime-options-heading">
      <h2 id="bedtime-options-heading">Bedtime routine: ideas to pick from</h2>
      <p className="muted">Take any that appeal, skip the rest. None of them is required.</p>
      <ul className="sleep-options">
        <li>A wind-down alarm 30–60 minutes before bedtime, so the evening does not run on.</li>
        <li>Dimmer lights and screens in that last stretch, if that is doable.</li>
        <li>
          The same small sequence each night (teeth, a page of a book, lights out) can make starting easier.
        </li>
        <li>Keeping the wake time steady, even after a late night, tends to pull bedtime back by itself.</li>
        <li>A notepad by the bed for thoughts that show up just as you lie down.</li>
        <li>Caffeine earlier in the day rather than later, if you notice it matters for you.</li>
      </ul>
      <p className="muted">A rough night is just one night. The next one is a fresh start.</p>
    </section>
  );
}
