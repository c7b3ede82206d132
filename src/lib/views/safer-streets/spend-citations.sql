-- Where the spend in view comes from: each citation the rows carry, once
-- (follows the `in_view` head; $1 start, $2 end, $3 area).
SELECT DISTINCT source_document, source_ref
FROM in_view
ORDER BY source_document, source_ref
