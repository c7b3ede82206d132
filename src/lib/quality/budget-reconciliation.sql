-- For one year: does each subtotal and total equal the sum of the rows that
-- roll up to it? Amounts are DECIMAL, so £M must match exactly. Printed
-- percentages are each rounded to 0.1, so a sum of n parts may differ from its
-- rounded total by up to 0.05 for each part and 0.05 for the total.
-- Last, two structural checks: one total row, and no row rolling up to a
-- line that does not exist.
WITH year_rows AS (
  SELECT * FROM budget_split WHERE financial_year = ?
),
parts AS (
  SELECT
    parent.line_code,
    parent.short_name,
    parent.display_order,
    parent.amount_gbp_m AS stated_gbp_m,
    parent.percent_of_total AS stated_percent,
    SUM(part.amount_gbp_m) AS parts_gbp_m,
    SUM(part.percent_of_total) AS parts_percent,
    COUNT(part.line_code) AS part_count
  FROM year_rows AS parent
  LEFT JOIN year_rows AS part ON part.rolls_up_to = parent.line_code
  WHERE parent.line_type IN ('subtotal', 'total')
  GROUP BY ALL
)
SELECT
  CAST(display_order AS INTEGER) AS check_order,
  line_code AS checked_line,
  short_name AS checked_name,
  CAST(part_count AS INTEGER) AS part_count,
  CAST(stated_gbp_m AS DOUBLE) AS stated_gbp_m,
  CAST(parts_gbp_m AS DOUBLE) AS parts_gbp_m,
  CAST(stated_percent AS DOUBLE) AS stated_percent,
  CAST(parts_percent AS DOUBLE) AS parts_percent,
  CAST(0.05 * (part_count + 1) AS DOUBLE) AS percent_tolerance,
  coalesce(part_count > 0 AND parts_gbp_m = stated_gbp_m, false) AS amounts_reconcile,
  coalesce(part_count > 0 AND abs(parts_percent - stated_percent) <= 0.05 * (part_count + 1), false)
    AS percents_reconcile
FROM parts
UNION ALL
SELECT
  1000001,
  'single_total',
  'Exactly one net budget requirement row',
  CAST(COUNT(*) AS INTEGER),
  NULL, NULL, NULL, NULL, NULL,
  COUNT(*) = 1,
  COUNT(*) = 1
FROM year_rows
WHERE line_type = 'total'
UNION ALL
SELECT
  1000002,
  'orphans',
  'Rows whose parent line is missing',
  CAST(COUNT(*) AS INTEGER),
  NULL, NULL, NULL, NULL, NULL,
  COUNT(*) = 0,
  COUNT(*) = 0
FROM year_rows AS orphan
WHERE orphan.rolls_up_to IS NOT NULL
  AND orphan.rolls_up_to NOT IN (SELECT line_code FROM year_rows)
ORDER BY check_order
