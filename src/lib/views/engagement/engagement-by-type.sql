-- Engagement counted by type within each report to the Panel.
-- $1 start date, $2 end date (exclusive), $3 area or NULL.
-- A row belongs to the period only when the whole span its count covers lies
-- in it: a count for 100 days cannot be split by month. A chosen area leaves
-- out LLR-wide rows, which have no single area.
-- counted sums only rows with may_overlap false, so no meeting is counted
-- twice; also_reported sums the rest, shown but never added; not_counted is how
-- many activities the paper mentions without giving a number.
WITH reports AS (
  SELECT source_document, min(period_start) AS report_start, max(period_end) AS report_end
  FROM engagement_events
  GROUP BY source_document
)
SELECT
  CAST(report.report_start AS VARCHAR) AS report_start,
  CAST(report.report_end AS VARCHAR) AS report_end,
  event.source_document,
  event.engagement_type,
  CAST(coalesce(sum(event.count) FILTER (WHERE NOT event.may_overlap), 0) AS INTEGER) AS counted,
  CAST(coalesce(sum(event.count) FILTER (WHERE event.may_overlap), 0) AS INTEGER) AS also_reported,
  CAST(count(*) FILTER (WHERE event.count IS NULL) AS INTEGER) AS not_counted,
  bool_or(event.illustrative) AS illustrative
FROM engagement_events AS event
JOIN reports AS report USING (source_document)
WHERE event.period_start >= CAST($1 AS DATE) AND event.period_end < CAST($2 AS DATE)
  AND ($3 IS NULL OR event.district = $3)
GROUP BY ALL
ORDER BY report_start, counted DESC, also_reported DESC, engagement_type
