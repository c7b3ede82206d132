import { budgetSplit } from './budget-split';
import type { DatasetContract } from './contract';
import { crimeOutcomes } from './crime-outcomes';
import { newContracts } from './new-contracts';
import { stopAndSearch } from './stop-and-search';
import { streetCrime } from './street-crime';

/**
 * Every dataset the dashboard knows, in the order the data dictionary lists
 * them: the OPCC's own extracts, then the police.uk files (street-level crime,
 * outcomes, stop and search), which are read as published (their own header,
 * no provenance columns) and which nothing embeds: users load them on the Data page.
 */
export const contracts: readonly DatasetContract[] = [budgetSplit, ...newContracts, streetCrime, crimeOutcomes, stopAndSearch];

/** The contract with this id, or an error naming the ids that exist. */
export function contractById(id: string): DatasetContract {
	const found = contracts.find((contract) => contract.id === id);
	if (!found) {
		throw new Error(`No dataset contract "${id}"; known: ${contracts.map((c) => c.id).join(', ')}`);
	}
	return found;
}
