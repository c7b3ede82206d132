-- The head of every filtered custody visiting measure: the suite-weeks and the
-- visits the filters select, and which suite-weeks had a completed visit.
-- $1 start date, $2 end date (exclusive), $3 the suites in the chosen area
-- joined by '|' (DuckDB-WASM binds no lists), or NULL for all of LLR.
-- A week runs Monday to Sunday and belongs to the period its Monday falls in;
-- a visit belongs to the week it fell in, so to the same period as its week on
-- the grid. The visiting standard, suite by suite and month by month, and the
-- grid all read `weeks` and `visited` from here, so they cannot disagree.
WITH weeks AS (
  SELECT suite, suite_role, week_start, open, illustrative
  FROM custody_suite_weeks
  WHERE week_start >= CAST($1 AS DATE) AND week_start < CAST($2 AS DATE)
    AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
),
visits AS (
  SELECT *, CAST(date_trunc('week', visit_date) AS DATE) AS week_start
  FROM custody_visits
  WHERE CAST(date_trunc('week', visit_date) AS DATE) >= CAST($1 AS DATE)
    AND CAST(date_trunc('week', visit_date) AS DATE) < CAST($2 AS DATE)
    AND ($3 IS NULL OR list_contains(string_split($3, '|'), suite))
),
visited AS (
  SELECT DISTINCT suite, week_start FROM visits WHERE completed
)
