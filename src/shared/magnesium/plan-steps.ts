// Steps for a stored plan and product: the bridge from the saved rows to the titration math.
import { elementalMgPerUnit, type ProductAmounts } from './elemental';
import { unitQuantum, type ProductUnitId } from './forms';
import { titrationSteps, type TitrationInput, type TitrationStep } from './titration';

export interface PlanLike extends Omit<TitrationInput, 'fullDoseUnitsPerTime'> {
  fullDoseUnitsPerTime?: number[] | null;
}

export interface ProductLike extends ProductAmounts {
  unit: ProductUnitId;
}

export function stepsForPlan(plan: PlanLike, product: ProductLike): TitrationStep[] {
  return titrationSteps(
    { ...plan, fullDoseUnitsPerTime: plan.fullDoseUnitsPerTime ?? null },
    { elementalMgPerUnit: elementalMgPerUnit(product)?.mg ?? 0, quantum: unitQuantum(product.unit) },
  );
}
