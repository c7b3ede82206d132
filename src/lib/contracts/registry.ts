import { budgetSplit } from './budget-split';
import type { DatasetContract } from './contract';
import { newContracts } from './new-contracts';

/** Every dataset the dashboard knows, in the order the data dictionary lists them. */
export const contracts: readonly DatasetContract[] = [budgetSplit, ...newContracts];

/** The contract with this id, or an error naming the ids that exist. */
export function contractById(id: string): DatasetContract {
	const found = contracts.find((contract) => contract.id === id);
	if (!found) {
		throw new Error(`No dataset contract "${id}"; known: ${contracts.map((c) => c.id).join(', ')}`);
	}
	return found;
}
