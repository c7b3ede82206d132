-- Items whose count covers a span only partly inside the period: they cannot
-- be split, so they are left out, and the view says so rather than dropping
-- them silently. $1 start date, $2 end date (exclusive), $3 area or NULL.
SELECT
  CAST(count(*) AS INTEGER) AS items,
  CAST(min(period_start) AS VARCHAR) AS first_start,
  CAST(max(period_end) AS VARCHAR) AS last_end
FROM engagement_events
WHERE period_start < CAST($2 AS DATE) AND period_end >= CAST($1 AS DATE)
  AND NOT (period_start >= CAST($1 AS DATE) AND period_end < CAST($2 AS DATE))
  AND ($3 IS NULL OR district = $3)
