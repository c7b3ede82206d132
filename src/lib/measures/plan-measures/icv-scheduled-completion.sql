-- Scheduled custody visits completed, as a share of those scheduled.
-- $1 start date, $2 end date (exclusive), $3 area or NULL.
SELECT
  CAST(count(*) FILTER (WHERE completed) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS denominator,
  coalesce(bool_or(illustrative), false) AS illustrative,
  'scheduled visits completed' AS counted
FROM custody_visits
WHERE scheduled
  AND visit_date >= CAST($1 AS DATE) AND visit_date < CAST($2 AS DATE)
  AND ($3 IS NULL OR (CASE WHEN suite = 'Wigston' THEN 'Oadby and Wigston' ELSE 'Leicester' END) = $3)
