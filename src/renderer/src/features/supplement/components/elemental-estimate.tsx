// Elemental magnesium per unit and per serving, saying whether it is the label's figure or an estimate, and from what.
import { elementalMgPerUnit, roundMg, type ProductAmounts } from '@shared/magnesium/elemental';
import { fractionForForm } from '@shared/magnesium/fractions';
import { unitWord, type ProductUnitId } from '@shared/magnesium/forms';
import { formatMg, formatNumber, formatPercent } from './form-values';
import { SourceNote } from './source-note';

export function ElementalEstimate({
  product,
  unit,
  unitsPerServing,
}: {
  product: ProductAmounts;
  unit: ProductUnitId;
  unitsPerServing: number;
}) {
  const perUnit = elementalMgPerUnit(product);
  const fraction = fractionForForm(product.form);
  if (!perUnit) {
    return (
      <p className="muted">
        {product.form === 'other'
          ? 'For a blend, enter the elemental magnesium from the label: there is no fraction to estimate it from.'
          : 'Enter the elemental magnesium or the compound amount from the label to see the elemental magnesium.'}
      </p>
    );
  }
  const perServing = roundMg(perUnit.mg * unitsPerServing);
  const compoundPerServing =
    product.compoundMgPerUnit === null ? null : roundMg(product.compoundMgPerUnit * unitsPerServing);
  return (
    <div className="elemental-estimate" aria-live="polite">
      <p>
        <strong>
          {formatNumber(unitsPerServing)} {unitWord(unit, unitsPerServing)}
          {compoundPerServing !== null ? ` = ${formatMg(compoundPerServing)} compound` : ''} ={' '}
          {perUnit.basis === 'estimate' ? '≈ ' : ''}
          {formatMg(perServing)} elemental magnesium
        </strong>{' '}
        ({perUnit.basis === 'estimate' ? '≈ ' : ''}
        {formatMg(roundMg(perUnit.mg))} per {unitWord(unit, 1)})
      </p>
      {perUnit.basis === 'label' ? (
        <>
          <p className="badge-line">
            <span className="badge">From the label</span> A label figure always wins over a computed one.
          </p>
          {product.compoundMgPerUnit !== null && fraction ? (
            <p className="muted">
              The label works out to {formatPercent(perUnit.mg / product.compoundMgPerUnit)} elemental; the
              reference figure for {fraction.compound} is {formatPercent(fraction.fraction)}.
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="badge-line">
            <span className="badge estimate">Estimate</span> {formatPercent(perUnit.fraction!)} of the
            compound, the figure for {perUnit.compound}. If the label states elemental magnesium, enter it: it
            wins.
          </p>
          <SourceNote>{perUnit.source}</SourceNote>
          {fraction && fraction.variants.length > 0 ? (
            <details>
              <summary>Other figures for this form</summary>
              <ul>
                {fraction.variants.map((variant) => (
                  <li key={variant.compound}>
                    {variant.compound}: {formatPercent(variant.fraction)} ({variant.status}). {variant.source}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
