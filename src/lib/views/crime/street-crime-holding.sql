-- What the loaded files hold for each force, whatever the filters: records,
-- months, and how many are marked as an illustrative sample (generated test
-- files say so in their Context column). One row per force, most records first.
SELECT
  force,
  CAST(sum(crimes) AS INTEGER) AS records,
  min(month) AS first_month,
  max(month) AS last_month,
  CAST(count(DISTINCT month) AS INTEGER) AS months,
  CAST(coalesce(sum(crimes) FILTER (WHERE illustrative), 0) AS INTEGER) AS illustrative_records
FROM street_crime_counts
GROUP BY force
ORDER BY records DESC, force
