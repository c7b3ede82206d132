-- The sum of one Safer Streets output in the period: homes or properties
-- target-hardened. $1 start date, $2 end date (exclusive), $3 area or NULL,
-- $4 the output measure. A quarter belongs to the period when it overlaps it,
-- as on the Safer Streets view (a month selects the quarter it falls in).
WITH quarters AS (
  SELECT *,
    make_date(
      CAST(left(financial_year, 4) AS INTEGER) + CASE WHEN quarter = 4 THEN 1 ELSE 0 END,
      CASE quarter WHEN 1 THEN 4 WHEN 2 THEN 7 WHEN 3 THEN 10 ELSE 1 END,
      1) AS quarter_start
  FROM safer_streets
)
SELECT
  CAST(coalesce(sum(output_count), 0) AS DOUBLE) AS numerator,
  CAST(NULL AS DOUBLE) AS denominator,
  coalesce(bool_or(illustrative), false) AS illustrative,
  $4 AS counted
FROM quarters
WHERE output_measure = $4
  AND quarter_start + INTERVAL 3 MONTH > CAST($1 AS DATE) AND quarter_start < CAST($2 AS DATE)
  AND ($3 IS NULL OR district = $3)
