-- The award table: the total, each bid and each intervention (the award is
-- over both funding years, so the period does not change it), with the money
-- allocated and spent in the quarters in view beside each row. With an area,
-- only that area's rows: the total and the VAWG bid are LLR-wide.
-- spend_illustrative marks allocation and spend summed from illustrative rows,
-- so a published award is never shown beside them unmarked.
, spend AS (
  SELECT bid, intervention, sum(allocated_gbp) AS allocated, sum(spent_gbp) AS spent, bool_or(illustrative) AS any_illustrative
  FROM in_view
  GROUP BY GROUPING SETS ((bid, intervention), (bid), ())
)
SELECT
  a.row_type,
  a.bid,
  a.intervention,
  a.district,
  CAST(a.award_gbp AS DOUBLE) AS award_gbp,
  CAST(coalesce(s.allocated, 0) AS DOUBLE) AS allocated_gbp,
  CAST(coalesce(s.spent, 0) AS DOUBLE) AS spent_gbp,
  a.source_document,
  a.source_ref,
  a.illustrative,
  coalesce(s.any_illustrative, false) AS spend_illustrative
FROM safer_streets_awards AS a
LEFT JOIN spend AS s
  ON a.bid IS NOT DISTINCT FROM s.bid AND a.intervention IS NOT DISTINCT FROM s.intervention
WHERE ($3 IS NULL OR a.district = $3)
ORDER BY a.display_order
