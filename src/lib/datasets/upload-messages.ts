import type { CheckResult } from '$lib/validation/check-csv';
import type { PreparedUpload } from './prepare-upload';

/** What the page asks the upload worker. */
export type UploadRequest =
	| { readonly kind: 'read'; readonly file: string; readonly bytes: ArrayBuffer }
	| { readonly kind: 'prepare'; readonly dataset: string; readonly setAsideInvalid: boolean };

/** What the upload worker answers. */
export type UploadReply =
	| { readonly kind: 'unreadable'; readonly reason: string }
	| {
			readonly kind: 'read';
			readonly encoding: string;
			readonly header: readonly string[];
			readonly exact: readonly string[];
			readonly near: readonly string[];
			/** Data rows, roughly (line breaks after the header), for the progress bar. */
			readonly approximateRows: number;
	  }
	| { readonly kind: 'progress'; readonly rowsRead: number }
	| { readonly kind: 'prepared'; readonly prepared: PreparedUpload }
	| { readonly kind: 'rejected'; readonly check: CheckResult }
	| { readonly kind: 'error'; readonly message: string };
