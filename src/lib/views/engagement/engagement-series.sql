-- Engagement items by month, where the data holds monthly counts: only rows
-- whose count covers exactly one calendar month (its first to its last day)
-- are a month's figure. The Commissioner's reports count items over a whole
-- reporting period (100 days; October and November together), which cannot be
-- split by month, so they give no point. may_overlap rows are left out, so no
-- meeting is counted twice; a row with no number gives none.
-- $1 start date, $2 end date (exclusive), $3 area or NULL (a chosen area
-- leaves out LLR-wide rows, as on the rest of the view).
-- One row per month and citation; the loader adds a month's rows up.
SELECT
  strftime(period_start, '%Y-%m') AS month,
  source_document,
  source_ref,
  CAST(sum(count) AS INTEGER) AS items,
  bool_or(illustrative) AS illustrative
FROM engagement_events
WHERE period_start = date_trunc('month', period_start)
  AND period_end = last_day(period_start)
  AND NOT may_overlap
  AND count IS NOT NULL
  AND period_start >= CAST($1 AS DATE) AND period_end < CAST($2 AS DATE)
  AND ($3 IS NULL OR district = $3)
GROUP BY ALL
ORDER BY month, source_document, source_ref
