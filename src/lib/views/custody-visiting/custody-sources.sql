-- Where the custody figures come from: each distinct citation in either extract.
SELECT DISTINCT source_document, source_ref FROM custody_visits
UNION
SELECT DISTINCT source_document, source_ref FROM custody_suite_weeks
ORDER BY source_document, source_ref
