-- Where each custody series comes from: the visiting standard reads both
-- extracts (open weeks and visits), detainees seen reads the visits alone.
SELECT DISTINCT 'compliance' AS series, source_document, source_ref FROM custody_suite_weeks
UNION
SELECT DISTINCT 'compliance' AS series, source_document, source_ref FROM custody_visits
UNION
SELECT DISTINCT 'detainees-seen' AS series, source_document, source_ref FROM custody_visits
ORDER BY series, source_document, source_ref
