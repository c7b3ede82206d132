-- What the loaded files hold, whatever the filters: records, months, the
-- forces that reported them, and how many are marked as an illustrative sample
-- (generated test files say so in their Context column).
SELECT
  CAST(coalesce(sum(crimes), 0) AS INTEGER) AS records,
  min(month) AS first_month,
  max(month) AS last_month,
  CAST(count(DISTINCT month) AS INTEGER) AS months,
  coalesce(string_agg(DISTINCT reported_by, '|' ORDER BY reported_by), '') AS forces,
  CAST(coalesce(sum(crimes) FILTER (WHERE illustrative), 0) AS INTEGER) AS illustrative_records
FROM street_crime_counts
