-- Monthly records of some crime types in one LLR area and in the rest of LLR
-- (the other eight areas; records outside LLR or with no location are left
-- out), for each month of a window around a start month. Leicestershire
-- Police's records only: another force's file says nothing of LLR, and a month
-- held only in another force's files is not held here.
-- $1 crime types joined with '|'; $2 the area; $3 the window's first month,
-- $4 the start month, $5 the first month after the window (all as dates);
-- $6 the force whose records are LLR's.
-- A month with no record of any kind is not loaded: its counts are NULL, not 0.
WITH counted AS (
  SELECT
    month_start,
    sum(crimes) FILTER (WHERE district = $2) AS area_crimes,
    sum(crimes) FILTER (WHERE district <> $2 AND district <> 'Outside LLR or no location') AS rest_crimes
  FROM street_crime_counts
  WHERE list_contains(string_split($1, '|'), crime_type) AND force = $6
    AND month_start >= CAST($3 AS DATE) AND month_start < CAST($5 AS DATE)
  GROUP BY month_start
),
held AS (
  SELECT DISTINCT month_start
  FROM street_crime_counts
  WHERE force = $6 AND month_start >= CAST($3 AS DATE) AND month_start < CAST($5 AS DATE)
),
window_months AS (
  SELECT CAST(range AS DATE) AS month_start
  FROM range(CAST($3 AS DATE), CAST($5 AS DATE), INTERVAL 1 MONTH)
)
SELECT
  strftime(window_months.month_start, '%Y-%m') AS month,
  CASE WHEN window_months.month_start < CAST($4 AS DATE) THEN 'before' ELSE 'after' END AS phase,
  held.month_start IS NOT NULL AS held,
  CASE WHEN held.month_start IS NOT NULL THEN CAST(coalesce(counted.area_crimes, 0) AS INTEGER) END AS area_crimes,
  CASE WHEN held.month_start IS NOT NULL THEN CAST(coalesce(counted.rest_crimes, 0) AS INTEGER) END AS rest_crimes
FROM window_months
LEFT JOIN held ON held.month_start = window_months.month_start
LEFT JOIN counted ON counted.month_start = window_months.month_start
ORDER BY window_months.month_start
