-- The sum of one Safer Streets output in the period: homes or properties
-- target-hardened. Follows the Safer Streets view's `in_view` head
-- (safer-streets-in-view.sql: $1 start date, $2 end date exclusive, $3 area or
-- NULL; a quarter belongs to the period when it overlaps it, so a month selects
-- the quarter it falls in), so the plan aims and the view select the same
-- quarters. $4 the output measure.
SELECT
  CAST(coalesce(sum(output_count), 0) AS DOUBLE) AS numerator,
  CAST(NULL AS DOUBLE) AS denominator,
  coalesce(bool_or(illustrative), false) AS illustrative,
  $4 AS counted
FROM in_view
WHERE output_measure = $4
