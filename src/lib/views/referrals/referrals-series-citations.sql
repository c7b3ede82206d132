-- Where each service's monthly figures in the period come from, once each.
-- $1 start date, $2 end date (exclusive).
SELECT DISTINCT service, source_document, source_ref
FROM referrals
WHERE CAST(month || '-01' AS DATE) >= CAST($1 AS DATE) AND CAST(month || '-01' AS DATE) < CAST($2 AS DATE)
ORDER BY service, source_document, source_ref
