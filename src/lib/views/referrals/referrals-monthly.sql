-- Referrals each month by service, with the 3-month rolling average and the
-- same month last year. $1 start date, $2 end date (exclusive), $3 service or
-- NULL for all. Both are worked out over every month held, before the period
-- filter, so the first month of a period still has the two months before it
-- and last year. A month with no row is missing, not zero (the extract writes
-- zeros), so the average needs all three months: RANGE counts calendar months.
WITH monthly AS (
  SELECT
    service,
    CAST(month || '-01' AS DATE) AS month_start,
    sum(referrals) AS referrals,
    bool_or(illustrative) AS illustrative
  FROM referrals
  WHERE $3 IS NULL OR service = $3
  GROUP BY service, month
),
windowed AS (
  SELECT
    *,
    count(*) OVER last_three AS months_in_window,
    avg(referrals) OVER last_three AS window_average
  FROM monthly
  WINDOW last_three AS (
    PARTITION BY service ORDER BY month_start
    RANGE BETWEEN INTERVAL 2 MONTH PRECEDING AND CURRENT ROW
  )
)
SELECT
  this_year.service,
  strftime(this_year.month_start, '%Y-%m') AS month,
  CAST(this_year.referrals AS INTEGER) AS referrals,
  CAST(CASE WHEN this_year.months_in_window = 3 THEN this_year.window_average END AS DOUBLE) AS rolling_average,
  CAST(last_year.referrals AS INTEGER) AS last_year,
  this_year.illustrative
FROM windowed AS this_year
LEFT JOIN monthly AS last_year
  ON last_year.service = this_year.service
  AND last_year.month_start = CAST(this_year.month_start - INTERVAL 12 MONTH AS DATE)
WHERE this_year.month_start >= CAST($1 AS DATE) AND this_year.month_start < CAST($2 AS DATE)
ORDER BY this_year.service, this_year.month_start
