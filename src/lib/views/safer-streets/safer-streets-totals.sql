-- Allocation and spend over all the quarters in view, and how many
-- intervention-quarters that is.
SELECT
  CAST(coalesce(sum(allocated_gbp), 0) AS DOUBLE) AS allocated_gbp,
  CAST(coalesce(sum(spent_gbp), 0) AS DOUBLE) AS spent_gbp,
  CAST(count(*) AS INTEGER) AS intervention_quarters,
  coalesce(bool_or(illustrative), false) AS illustrative
FROM in_view
