-- Referrals each month by service, every source added up: the points of each
-- service's XmR chart. A month with no row is left out (the extract writes
-- zeros, so a missing month is missing, not none).
-- $1 start date, $2 end date (exclusive). Referrals have no area.
SELECT
  service,
  month,
  CAST(sum(referrals) AS INTEGER) AS referrals,
  bool_or(illustrative) AS illustrative
FROM referrals
WHERE CAST(month || '-01' AS DATE) >= CAST($1 AS DATE) AND CAST(month || '-01' AS DATE) < CAST($2 AS DATE)
GROUP BY service, month
ORDER BY service, month
