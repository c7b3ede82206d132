-- Months between a force's first and last loaded that no file covers: a month
-- whose file was not loaded, so totals over it are short by a month.
WITH held AS (
  SELECT DISTINCT force, month_start FROM street_crime_counts
),
spanned AS (
  SELECT force, unnest(generate_series(min(month_start), max(month_start), INTERVAL 1 MONTH)) AS month_start
  FROM held GROUP BY force
)
SELECT force, strftime(CAST(month_start AS DATE), '%Y-%m') AS month
FROM spanned
WHERE (force, CAST(month_start AS DATE)) NOT IN (SELECT (force, month_start) FROM held)
ORDER BY force, month
