// The plain disclaimer shown once at first run and always readable in Settings.
export function Disclaimer() {
  return (
    <div className="disclaimer">
      <p>
        <strong>Steadyweek is a planner, not medical advice.</strong> It helps you keep a steady routine of
        magnesium, meals, sleep, movement and calm. It does not diagnose or treat ADHD or any other condition.
      </p>
      <p>
        The evidence that magnesium helps with ADHD symptoms is <strong>suggestive, not conclusive</strong>:
        studies in people are few and small. Talk to a doctor or pharmacist before starting a supplement,
        especially if you take medicines for your heart, kidneys or diabetes, or antibiotics, bisphosphonates,
        diuretics or acid reducers.
      </p>
      <p>
        Magnesium figures come from the USDA food database (SR28) and the NIH Office of Dietary Supplements
        reference values; the app shows the source beside each figure.
      </p>
    </div>
  );
}
