-- All referrals in the period, every service. $1 start date, $2 end date
-- (exclusive). Referrals are not recorded by area, so there is no area filter.
SELECT
  CAST(coalesce(sum(referrals), 0) AS INTEGER) AS referrals,
  coalesce(bool_or(illustrative), false) AS illustrative
FROM referrals
WHERE CAST(month || '-01' AS DATE) >= CAST($1 AS DATE) AND CAST(month || '-01' AS DATE) < CAST($2 AS DATE)
