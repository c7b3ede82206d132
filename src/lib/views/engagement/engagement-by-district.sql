-- Engagement counted by area (the nine LLR areas, and LLR-wide for items with
-- no single area), with the places the papers name.
-- $1 start date, $2 end date (exclusive), $3 area or NULL.
-- Sums follow engagement-by-type.sql: overlapping rows apart, blanks not zero.
SELECT
  district,
  CAST(coalesce(sum(count) FILTER (WHERE NOT may_overlap), 0) AS INTEGER) AS counted,
  CAST(coalesce(sum(count) FILTER (WHERE may_overlap), 0) AS INTEGER) AS also_reported,
  CAST(count(*) FILTER (WHERE count IS NULL) AS INTEGER) AS not_counted,
  coalesce(string_agg(DISTINCT place, '; ' ORDER BY place), '') AS places
FROM engagement_events
WHERE period_start >= CAST($1 AS DATE) AND period_end < CAST($2 AS DATE)
  AND ($3 IS NULL OR district = $3)
GROUP BY district
ORDER BY district
