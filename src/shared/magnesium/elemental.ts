// Elemental magnesium per unit of a product: the label's figure when it has one, else an estimate from the form.
import { fractionForForm } from './fractions';
import type { MagnesiumFormId } from './forms';

export interface ElementalPerUnit {
  mg: number;
  basis: 'label' | 'estimate';
  /** The fraction used for an estimate (absent for a label figure). */
  fraction?: number;
  /** The compound the fraction belongs to, for an estimate. */
  compound?: string;
  source: string;
}

export interface ProductAmounts {
  form: MagnesiumFormId;
  compoundMgPerUnit: number | null;
  elementalMgPerUnit: number | null;
}

/** Rounds to 0.1 mg, the precision every screen shows, and clears float noise (47.99999 → 48). */
export function roundMg(mg: number): number {
  return Math.round(mg * 10) / 10;
}

/** Null when neither a label figure nor an estimate is possible (no elemental figure and no fraction). */
export function elementalMgPerUnit(product: ProductAmounts): ElementalPerUnit | null {
  if (product.elementalMgPerUnit !== null && product.elementalMgPerUnit > 0) {
    return {
      mg: product.elementalMgPerUnit,
      basis: 'label',
      source: 'The product label (elemental magnesium)',
    };
  }
  const fraction = fractionForForm(product.form);
  if (!fraction || product.compoundMgPerUnit === null || product.compoundMgPerUnit <= 0) return null;
  return {
    mg: product.compoundMgPerUnit * fraction.fraction,
    basis: 'estimate',
    fraction: fraction.fraction,
    compound: fraction.compound,
    source: fraction.source,
  };
}
