-- Each custody suite in each week of the period, with the visits made that
-- week: the cells of the week-by-suite grid. A week runs Monday to Sunday and
-- belongs to the period its Monday falls in; a visit belongs to the week it
-- fell in. $1 start date, $2 end date (exclusive), $3 the suites in the chosen
-- area joined by '|' (DuckDB-WASM binds no lists), or NULL for all of LLR.
WITH weeks AS (
  SELECT suite, suite_role, week_start, open, illustrative
  FROM custody_suite_weeks
  WHERE week_start >= CAST($1 AS DATE) AND week_start < CAST($2 AS DATE)
    AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
),
visits AS (
  SELECT
    suite,
    CAST(date_trunc('week', visit_date) AS DATE) AS week_start,
    count(*) FILTER (WHERE completed) AS completed_visits,
    count(*) FILTER (WHERE scheduled AND NOT completed) AS missed_scheduled_visits
  FROM custody_visits
  GROUP BY ALL
)
SELECT
  weeks.suite,
  weeks.suite_role,
  CAST(weeks.week_start AS VARCHAR) AS week_start,
  weeks.open,
  CAST(coalesce(visits.completed_visits, 0) AS INTEGER) AS completed_visits,
  CAST(coalesce(visits.missed_scheduled_visits, 0) AS INTEGER) AS missed_scheduled_visits,
  weeks.illustrative
FROM weeks
LEFT JOIN visits USING (suite, week_start)
ORDER BY weeks.week_start, weeks.suite
