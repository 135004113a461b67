// The product as the label in your hand states it: amounts per serving, as the Supplement Facts panel prints them.
import { useState, type FormEvent } from 'react';
import { magnesiumFormIds, magnesiumFormLabels, productUnitIds, unitWord } from '@shared/magnesium/forms';
import { Field, FieldSet } from '../../../components/field';
import type { ProductRow } from '../../../db/schema';
import { useSaveProduct } from '../../../data/supplement/supplement-queries';
import { ElementalEstimate } from './elemental-estimate';
import { errorsFrom, numberOrNull, numberOrUndefined } from './form-values';

interface Values {
  name: string;
  form: string;
  unit: string;
  unitsPerServing: string;
  compoundMgPerServing: string;
  elementalMgPerServing: string;
  thirdPartyTested: string;
  stockUnits: string;
}

const round2 = (n: number) => String(Math.round(n * 100) / 100);

function valuesFrom(product: ProductRow | null): Values {
  if (!product) {
    return {
      name: '',
      form: '',
      unit: 'capsule',
      unitsPerServing: '',
      compoundMgPerServing: '',
      elementalMgPerServing: '',
      thirdPartyTested: '',
      stockUnits: '',
    };
  }
  const perServing = (mg: number | null) => (mg === null ? '' : round2(mg * product.unitsPerServing));
  return {
    name: product.name,
    form: product.form,
    unit: product.unit,
    unitsPerServing: String(product.unitsPerServing),
    compoundMgPerServing: perServing(product.compoundMgPerUnit),
    elementalMgPerServing: perServing(product.elementalMgPerUnit),
    thirdPartyTested: product.thirdPartyTested ? 'yes' : 'no',
    stockUnits: String(product.stockUnits),
  };
}

function inputFrom(values: Values) {
  return {
    name: values.name,
    form: values.form || undefined,
    unit: values.unit || undefined,
    unitsPerServing: numberOrUndefined(values.unitsPerServing),
    compoundMgPerServing: numberOrNull(values.compoundMgPerServing),
    elementalMgPerServing: numberOrNull(values.elementalMgPerServing),
    thirdPartyTested: values.thirdPartyTested === '' ? undefined : values.thirdPartyTested === 'yes',
    stockUnits: numberOrUndefined(values.stockUnits),
  };
}

export function ProductForm({ product, onDone }: { product: ProductRow | null; onDone?: () => void }) {
  const save = useSaveProduct();
  const [values, setValues] = useState(() => valuesFrom(product));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Values) => (value: string) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const unit = (productUnitIds as readonly string[]).includes(values.unit)
    ? (values.unit as ProductRow['unit'])
    : 'capsule';
  const units = unitWord(unit, 2);
  const preview = inputFrom(values);
  const serving = preview.unitsPerServing && preview.unitsPerServing > 0 ? preview.unitsPerServing : null;
  const previewPerUnit = (mg: number | null) => (mg !== null && mg > 0 && serving ? mg / serving : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The promise, not mutate's callbacks, which are dropped when saving remounts this form (its key).
    save.mutateAsync({ input: inputFrom(values), ...(product ? { productId: product.id } : {}) }).then(
      () => {
        setErrors({});
        setSaved(true);
        onDone?.();
      },
      (error: unknown) => setErrors(errorsFrom(error)),
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Product">
      {errors.formError ? (
        <p className="form-error" role="alert">
          {errors.formError}
        </p>
      ) : null}
      <Field label="Product name" error={errors.name}>
        <input value={values.name} onChange={(e) => set('name')(e.target.value)} autoComplete="off" />
      </Field>
      <Field
        label="Magnesium form"
        hint="As printed on the label, e.g. “as magnesium L-threonate”."
        error={errors.form}
      >
        <select value={values.form} onChange={(e) => set('form')(e.target.value)}>
          <option value="">Choose a form</option>
          {magnesiumFormIds.map((form) => (
            <option key={form} value={form}>
              {magnesiumFormLabels[form]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="One unit is a" error={errors.unit}>
        <select value={values.unit} onChange={(e) => set('unit')(e.target.value)}>
          {productUnitIds.map((u) => (
            <option key={u} value={u}>
              {unitWord(u, 1)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="field label-panel">
        <legend>The label, per serving</legend>
        <p className="hint">
          Copy the Supplement Facts panel: it gives amounts <strong>per serving</strong>, not per{' '}
          {unitWord(unit, 1)}. Leave a figure empty if the label does not give it.
        </p>
        <Field
          label={`Serving size (number of ${units})`}
          hint="e.g. “Serving size: 3 capsules” → 3"
          error={errors.unitsPerServing}
        >
          <input
            inputMode="decimal"
            value={values.unitsPerServing}
            onChange={(e) => set('unitsPerServing')(e.target.value)}
          />
        </Field>
        <Field
          label="Compound per serving (mg)"
          hint="The whole salt, e.g. “Magtein® magnesium L-threonate 2,000 mg”."
          error={errors.compoundMgPerServing}
        >
          <input
            inputMode="decimal"
            value={values.compoundMgPerServing}
            onChange={(e) => set('compoundMgPerServing')(e.target.value)}
          />
        </Field>
        <Field
          label="Elemental magnesium per serving (mg)"
          hint="The “Magnesium … mg” line, e.g. 144 mg. This is the figure that counts."
          error={errors.elementalMgPerServing}
        >
          <input
            inputMode="decimal"
            value={values.elementalMgPerServing}
            onChange={(e) => set('elementalMgPerServing')(e.target.value)}
          />
        </Field>
      </fieldset>
      {values.form && serving ? (
        <ElementalEstimate
          product={{
            form: values.form as ProductRow['form'],
            compoundMgPerUnit: previewPerUnit(preview.compoundMgPerServing),
            elementalMgPerUnit: previewPerUnit(preview.elementalMgPerServing),
          }}
          unit={unit}
          unitsPerServing={serving}
        />
      ) : null}
      <FieldSet
        legend="Third-party tested?"
        hint="e.g. a USP, NSF or Informed Choice seal."
        error={errors.thirdPartyTested}
      >
        {(['yes', 'no'] as const).map((answer) => (
          <label key={answer} className="choice">
            <input
              type="radio"
              name="thirdPartyTested"
              value={answer}
              checked={values.thirdPartyTested === answer}
              onChange={() => set('thirdPartyTested')(answer)}
            />
            {answer === 'yes' ? 'Yes' : 'No'}
          </label>
        ))}
      </FieldSet>
      <Field
        label={`Stock on hand (${units})`}
        hint="How many you have now; it goes down as you log doses."
        error={errors.stockUnits}
      >
        <input
          inputMode="decimal"
          value={values.stockUnits}
          onChange={(e) => set('stockUnits')(e.target.value)}
        />
      </Field>
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          Save product
        </button>
        {saved ? (
          <span className="ok" role="status">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
