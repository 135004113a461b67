// The one-time medication question: which answers mean "talk to your doctor before starting", and why.
export const medicationQuestions = [
  {
    id: 'heart',
    label: 'Medicine for a heart condition',
    reason:
      'Some heart medicines and magnesium affect each other; your doctor can say whether, and how much, to take.',
  },
  {
    id: 'kidney',
    label: 'Kidney disease, or medicine for it',
    reason:
      'The kidneys remove extra magnesium. With kidney disease, magnesium from supplements can build up to harmful levels.',
  },
  {
    id: 'diabetes',
    label: 'Medicine for diabetes',
    reason: 'Diabetes can change how the body handles magnesium, and kidney function matters for the dose.',
  },
  {
    id: 'bisphosphonates',
    label: 'Bisphosphonates for bones (e.g. alendronate)',
    reason:
      'Magnesium can reduce how much of the bisphosphonate the body absorbs, so the two are taken hours apart; ask how far apart.',
  },
  {
    id: 'antibiotics',
    label: 'Tetracycline or quinolone antibiotics (e.g. doxycycline, ciprofloxacin)',
    reason:
      'Magnesium binds these antibiotics so less is absorbed, so they are taken hours apart from magnesium; ask how far apart.',
  },
  {
    id: 'diuretics',
    label: 'Diuretics ("water pills")',
    reason:
      'Some diuretics raise and others lower the body’s magnesium, so the right amount depends on which one.',
  },
  {
    id: 'ppi',
    label: 'Proton-pump inhibitors for stomach acid (e.g. omeprazole)',
    reason: 'Taken for a long time, these can lower the body’s magnesium; your doctor may want to check it.',
  },
] as const;

export type MedicationQuestionId = (typeof medicationQuestions)[number]['id'];

export const medicationCautionSource =
  'NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals, "Interactions with Medications"';

/** The reasons to talk to a doctor first, one per "yes" answer, in the questions' order. */
export function cautionReasons(
  answers: Record<string, boolean>,
): { id: string; label: string; reason: string }[] {
  return medicationQuestions
    .filter((question) => answers[question.id] === true)
    .map(({ id, label, reason }) => ({ id, label, reason }));
}
