-- Months between the first and last loaded that no file covers: a month whose
-- file was not loaded, so totals over it are short by a month.
WITH held AS (
  SELECT DISTINCT month_start FROM street_crime_counts
),
spanned AS (
  SELECT unnest(generate_series(min(month_start), max(month_start), INTERVAL 1 MONTH)) AS month_start FROM held
)
SELECT strftime(CAST(month_start AS DATE), '%Y-%m') AS month
FROM spanned
WHERE CAST(month_start AS DATE) NOT IN (SELECT month_start FROM held)
ORDER BY month
