-- Open custody suite-weeks with at least one completed visit, as a share of
-- open suite-weeks. Primary suites are open every week; a standby suite
-- counts only in the weeks it was open. $1 start date, $2 end date (exclusive),
-- $3 area or NULL. The custody suites are in Leicester, except Wigston.
WITH open_weeks AS (
  SELECT suite, week_start, illustrative
  FROM custody_suite_weeks
  WHERE open
    AND week_start >= CAST($1 AS DATE) AND week_start < CAST($2 AS DATE)
    AND ($3 IS NULL OR (CASE WHEN suite = 'Wigston' THEN 'Oadby and Wigston' ELSE 'Leicester' END) = $3)
),
visited AS (
  SELECT DISTINCT suite, CAST(date_trunc('week', visit_date) AS DATE) AS week_start
  FROM custody_visits
  WHERE completed
)
SELECT
  CAST(count(visited.suite) AS DOUBLE) AS numerator,
  CAST(count(*) AS DOUBLE) AS denominator,
  coalesce(bool_or(open_weeks.illustrative), false) AS illustrative,
  'suite-weeks visited' AS counted
FROM open_weeks
LEFT JOIN visited USING (suite, week_start)
