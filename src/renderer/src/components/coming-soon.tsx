// Says plainly that a screen is not built yet, and what it will do.
export function ComingSoon({ what }: { what: string }) {
  return (
    <section className="card coming-soon" aria-label="Coming soon">
      <h2>Coming soon</h2>
      <p>This screen is not built yet. {what}</p>
      <p className="muted">Nothing here is saved or tracked until it is.</p>
    </section>
  );
}
