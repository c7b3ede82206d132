-- The two custody visiting series, month by month: the visiting standard (open
-- suite-weeks with at least one completed visit, of open suite-weeks) and the
-- detainees seen, of those offered a visit. A week, and the visits in it,
-- belong to the month its Monday falls in, as on the week grid. A month with
-- no open suite-week, or no detainee offered a visit, has no figure and is
-- left out, never given as zero.
-- $1 start date, $2 end date (exclusive), $3 the suites in the chosen area
-- joined by '|', or NULL for all of LLR.
WITH weeks AS (
  SELECT suite, week_start, open, illustrative
  FROM custody_suite_weeks
  WHERE week_start >= CAST($1 AS DATE) AND week_start < CAST($2 AS DATE)
    AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
),
visited AS (
  SELECT DISTINCT suite, CAST(date_trunc('week', visit_date) AS DATE) AS week_start
  FROM custody_visits
  WHERE completed
),
standard AS (
  SELECT
    strftime(weeks.week_start, '%Y-%m') AS month,
    count(*) FILTER (WHERE weeks.open) AS whole,
    count(visited.suite) FILTER (WHERE weeks.open) AS part,
    bool_or(weeks.illustrative) AS illustrative
  FROM weeks
  LEFT JOIN visited USING (suite, week_start)
  GROUP BY 1
),
seen AS (
  SELECT
    strftime(date_trunc('week', visit_date), '%Y-%m') AS month,
    sum(detainees_offered) AS whole,
    sum(detainees_seen) AS part,
    bool_or(illustrative) AS illustrative
  FROM custody_visits
  WHERE completed
    AND CAST(date_trunc('week', visit_date) AS DATE) >= CAST($1 AS DATE)
    AND CAST(date_trunc('week', visit_date) AS DATE) < CAST($2 AS DATE)
    AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
  GROUP BY 1
)
SELECT 'compliance' AS series, month, CAST(part AS INTEGER) AS part, CAST(whole AS INTEGER) AS whole, illustrative FROM standard WHERE whole > 0
UNION ALL
SELECT 'detainees-seen' AS series, month, CAST(part AS INTEGER) AS part, CAST(whole AS INTEGER) AS whole, illustrative FROM seen WHERE whole > 0
ORDER BY series, month
