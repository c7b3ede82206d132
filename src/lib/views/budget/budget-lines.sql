-- Every printed row of one year's budget table, in printed order.
-- Amounts are cast to DOUBLE only for display; sums are checked in DECIMAL.
SELECT
  line_code,
  line_name,
  short_name,
  line_type,
  rolls_up_to,
  CAST(amount_gbp_m AS DOUBLE) AS amount_gbp_m,
  CAST(percent_of_total AS DOUBLE) AS percent_of_total,
  source_document,
  source_ref,
  illustrative
FROM budget_split
WHERE financial_year = ?
ORDER BY display_order
