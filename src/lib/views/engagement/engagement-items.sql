-- Every item of engagement in the period, as the papers give it, in each
-- paper's own order, with its source paragraph.
-- $1 start date, $2 end date (exclusive), $3 area or NULL.
SELECT
  CAST(period_start AS VARCHAR) AS period_start,
  CAST(period_end AS VARCHAR) AS period_end,
  engagement_type,
  district,
  coalesce(place, '') AS place,
  led_by,
  CAST(count AS INTEGER) AS count,
  may_overlap,
  description,
  source_document,
  source_ref,
  illustrative
FROM engagement_events
WHERE period_start >= CAST($1 AS DATE) AND period_end < CAST($2 AS DATE)
  AND ($3 IS NULL OR district = $3)
ORDER BY source_document, rowid
