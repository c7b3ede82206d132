-- The visiting standard, suite by suite: of the weeks a suite was open, how
-- many had at least one completed visit. Primary suites are open every week;
-- the standby suite counts only in the weeks it was opened. A suite never open
-- in the period is listed with no weeks, so the table can say so.
-- $1 start date, $2 end date (exclusive), $3 the suites in the chosen area
-- joined by '|', or NULL for all of LLR.
WITH weeks AS (
  SELECT suite, suite_role, week_start, open, illustrative
  FROM custody_suite_weeks
  WHERE week_start >= CAST($1 AS DATE) AND week_start < CAST($2 AS DATE)
    AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
),
visited AS (
  SELECT DISTINCT suite, CAST(date_trunc('week', visit_date) AS DATE) AS week_start
  FROM custody_visits
  WHERE completed
)
SELECT
  weeks.suite,
  any_value(weeks.suite_role) AS suite_role,
  CAST(count(*) FILTER (WHERE weeks.open) AS INTEGER) AS suite_weeks,
  CAST(count(visited.suite) FILTER (WHERE weeks.open) AS INTEGER) AS visited_suite_weeks,
  bool_or(weeks.illustrative) AS illustrative
FROM weeks
LEFT JOIN visited USING (suite, week_start)
GROUP BY weeks.suite
ORDER BY any_value(weeks.suite_role), weeks.suite
