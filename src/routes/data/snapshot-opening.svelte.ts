/**
 * Whether the Data page is opening a meeting snapshot and about to leave for its page. Meanwhile the page does not
 * check the datasets the snapshot replaced: those checks would queue in the engine ahead of the queries of the page
 * the user is going to, and nobody would see them.
 */
export const snapshotOpening = $state({ leaving: false });
