-- What the money bought: each intervention's output in the quarters in view,
-- with what it spent there. The count is NULL where nothing is counted (a
-- staff post). Ordered as the award table lists interventions.
, outputs AS (
  SELECT bid, intervention, output_measure,
    sum(output_count) AS output_count,
    sum(spent_gbp) AS spent,
    bool_or(illustrative) AS illustrative
  FROM in_view
  GROUP BY bid, intervention, output_measure
)
SELECT
  o.bid,
  o.intervention,
  o.output_measure,
  CAST(o.output_count AS INTEGER) AS output_count,
  CAST(o.spent AS DOUBLE) AS spent_gbp,
  o.illustrative
FROM outputs AS o
LEFT JOIN safer_streets_awards AS a
  ON a.row_type = 'intervention' AND a.bid = o.bid AND a.intervention = o.intervention
ORDER BY coalesce(a.display_order, 1000000), o.bid, o.intervention, o.output_measure
