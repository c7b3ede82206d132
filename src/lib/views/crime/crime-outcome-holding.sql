-- What the outcomes files loaded hold for one force: outcomes, and the first
-- and last month they cover. $1 the force.
SELECT
  CAST(count(*) AS INTEGER) AS outcomes,
  min("Month") AS first_month,
  max("Month") AS last_month
FROM crime_outcomes
WHERE "Falls within" = $1
