/**
 * The Arrow type each contract column is kept as in the columnar form
 * (`columnar-form.ts`), and how to make such a column from text where an
 * engine does not answer in that type itself.
 *
 * The types are the ones DuckDB answers and reads back unchanged, so neither
 * writing nor reopening casts a value: INTEGER as Int32, DECIMAL(18, places)
 * as Decimal128 with the same precision and scale (every place kept, read back
 * as the same DECIMAL), DATE as days (Date32: the day, never a time zone),
 * BOOLEAN as Bool, and text (months and financial years too) as UTF-8, or as
 * a dictionary of UTF-8 where its values repeat (police.uk's month, force,
 * LSOA, crime type and outcome do, thousands of times each). DuckDB-WASM
 * answers each of these itself; DuckDB in Node (tests, build time) answers
 * through JavaScript values, so its columns are made here from their text,
 * which is exact.
 */
import { Bool, DataType, DateDay, Decimal, Dictionary, Int32, makeData, makeVector, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { ColumnContract } from '$lib/contracts/contract';

/** Precision of every decimal column: DuckDB's DECIMAL(18, places), see `sql-types.ts`. */
const decimalPrecision = 18;

/** Whether a column holds text of any kind (free text, a month, a financial year). */
export function holdsText(column: ColumnContract): boolean {
	return column.type === 'text' || column.type === 'month' || column.type === 'financial-year';
}

/** The Arrow type a column is kept as (text as plain UTF-8; see `keptAs` for dictionaries). */
export function formType(column: ColumnContract): DataType {
	switch (column.type) {
		case 'integer':
			return new Int32();
		case 'decimal':
			return new Decimal(column.decimalPlaces ?? 2, decimalPrecision, 128);
		case 'date':
			return new DateDay();
		case 'boolean':
			return new Bool();
		default:
			return new Utf8();
	}
}

/** Whether an Arrow field's type is the one the form keeps this column as (text: plain or as a dictionary). */
export function isFormType(column: ColumnContract, type: DataType): boolean {
	if (holdsText(column)) return DataType.isUtf8(type) || (DataType.isDictionary(type) && DataType.isUtf8(type.dictionary));
	return String(type) === String(formType(column));
}

/** Whether an Arrow field holds text (plain or a dictionary): the form before December 2026 kept every column so. */
export function isText(type: DataType): boolean {
	return DataType.isUtf8(type) || (DataType.isDictionary(type) && DataType.isUtf8(type.dictionary));
}

/**
 * A column of the form's type made from DuckDB's text of each value (NULL as
 * null), for an engine whose answer is not in that type; `dictionary` for
 * text whose values repeat.
 */
export function columnFromText(column: ColumnContract, values: readonly (string | null)[], dictionary: boolean): Vector {
	switch (column.type) {
		case 'integer':
			return vectorFromArray(
				values.map((value) => (value === null ? null : Number(value))),
				new Int32()
			);
		case 'boolean':
			return vectorFromArray(
				values.map((value) => (value === null ? null : value === 'true')),
				new Bool()
			);
		case 'date':
			return makeVector(
				makeData({
					type: new DateDay(),
					length: values.length,
					nullCount: nulls(values),
					nullBitmap: validity(values),
					data: Int32Array.from(values, (value) => (value === null ? 0 : daysOf(value)))
				})
			);
		case 'decimal': {
			const places = column.decimalPlaces ?? 2;
			const words = new Uint32Array(values.length * 4);
			values.forEach((value, index) => {
				if (value !== null) writeInt128(words, index, scaled(value, places));
			});
			return makeVector(
				makeData({
					type: new Decimal(places, decimalPrecision, 128),
					length: values.length,
					nullCount: nulls(values),
					nullBitmap: validity(values),
					data: words
				})
			);
		}
		default:
			return dictionary ? vectorFromArray([...values], new Dictionary(new Utf8(), new Int32())) : vectorFromArray([...values], new Utf8());
	}
}

function writeInt128(words: Uint32Array, index: number, value: bigint): void {
	let bits = BigInt.asUintN(128, value);
	for (let word = 0; word < 4; word++) {
		words[index * 4 + word] = Number(bits & 0xffff_ffffn);
		bits >>= 32n;
	}
}

/** "-12.345600" with 6 places as -12345600n: DuckDB prints a decimal with all its places. */
function scaled(text: string, places: number): bigint {
	const negative = text.startsWith('-');
	const [whole = '0', fraction = ''] = text.replace(/^[-+]/, '').split('.');
	const digits = BigInt(`${whole}${fraction.padEnd(places, '0').slice(0, places)}`);
	return negative ? -digits : digits;
}

/** Days since 1970-01-01 of DuckDB's text of a date ("2024-04-01"). */
function daysOf(text: string): number {
	const [year, month, day] = text.split('-').map(Number);
	const date = new Date(0);
	// setUTCFullYear, not Date.UTC, which reads years 0 to 99 as 1900 to 1999.
	date.setUTCFullYear(year ?? 1970, (month ?? 1) - 1, day ?? 1);
	return Math.round(date.getTime() / 86_400_000);
}

function nulls(values: readonly (string | null)[]): number {
	return values.reduce((count, value) => count + (value === null ? 1 : 0), 0);
}

/** Arrow's validity bitmap: bit set where there is a value. */
function validity(values: readonly (string | null)[]): Uint8Array {
	const bits = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((value, index) => {
		if (value !== null) bits[index >> 3] = (bits[index >> 3] ?? 0) | (1 << (index & 7));
	});
	return bits;
}
