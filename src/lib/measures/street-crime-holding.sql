-- What the loaded files hold, whatever the filters: records, months, the
-- forces that reported them, and how many are marked as an illustrative sample
-- (generated test files say so in their Context column).
SELECT
  CAST(count(*) AS INTEGER) AS records,
  min("Month") AS first_month,
  max("Month") AS last_month,
  CAST(count(DISTINCT "Month") AS INTEGER) AS months,
  coalesce(string_agg(DISTINCT "Reported by", '|' ORDER BY "Reported by"), '') AS forces,
  CAST(count(*) FILTER (WHERE starts_with(coalesce("Context", ''), 'Illustrative sample')) AS INTEGER) AS illustrative_records
FROM street_crime
