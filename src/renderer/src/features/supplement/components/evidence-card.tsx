// What the evidence says, plainly: suggestive, not conclusive, not medical advice.
export function EvidenceCard() {
  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">What the evidence says</h2>
      <ul>
        <li>Magnesium L-threonate raises magnesium in the brain in animal studies.</li>
        <li>Studies in people with ADHD are few and small.</li>
        <li>
          Taken together the evidence is suggestive, not conclusive. Magnesium is not a proven treatment for
          ADHD.
        </li>
        <li>
          This is not medical advice. Talk to your doctor before starting a supplement, or changing one.
        </li>
      </ul>
    </section>
  );
}
