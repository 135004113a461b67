// How stressed a person feels, 1 (calm) to 5 (very stressed), or not rated: one tap, optional.
import { RadioChoices } from '../../../components/field';

const options = ['skip', '1', '2', '3', '4', '5'] as const;
type Option = (typeof options)[number];
const labels: Record<Option, string> = {
  skip: 'Skip',
  '1': '1 calm',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5 very stressed',
};

export function StressRating({
  legend,
  name,
  value,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  value: number | null;
  onChange(value: number | null): void;
  error?: string | undefined;
}) {
  return (
    <RadioChoices
      legend={legend}
      name={name}
      options={options}
      labels={labels}
      value={value === null ? 'skip' : (String(value) as Option)}
      onChange={(option) => onChange(option === 'skip' ? null : Number(option))}
      error={error}
      choiceClassName="stress-rating-choice"
    />
  );
}
