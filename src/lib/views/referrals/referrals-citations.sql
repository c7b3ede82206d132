-- Where the monthly figures in the period come from, once each.
-- $1 start date, $2 end date (exclusive), $3 service or NULL for all.
SELECT DISTINCT source_document, source_ref, illustrative
FROM referrals
WHERE CAST(month || '-01' AS DATE) >= CAST($1 AS DATE) AND CAST(month || '-01' AS DATE) < CAST($2 AS DATE)
  AND ($3 IS NULL OR service = $3)
ORDER BY source_document, source_ref
