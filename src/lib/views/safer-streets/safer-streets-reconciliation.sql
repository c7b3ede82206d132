-- The award checks, exact to the penny (DECIMAL, compared with =): each bid's
-- interventions add up to the bid's award, the bids to the total award, and
-- each intervention's quarterly allocations to its award; then two structural
-- checks. $1 area or NULL: with an area only that area's bids and
-- interventions are checked, and the bids-to-total check, which needs every
-- bid, is left out. The period does not apply: awards cover both years.
WITH awards AS (
  SELECT * FROM safer_streets_awards
),
checks AS (
  SELECT 'bid' AS check_kind, b.bid, b.bid AS checked_name, b.display_order AS check_order,
    b.award_gbp AS stated, sum(i.award_gbp) AS parts, count(i.award_gbp) AS part_count
  FROM awards AS b
  LEFT JOIN awards AS i ON i.row_type = 'intervention' AND i.bid = b.bid
  WHERE b.row_type = 'bid' AND ($1 IS NULL OR b.district = $1)
  GROUP BY ALL
  UNION ALL
  SELECT 'total', NULL, 'Total award', t.display_order,
    t.award_gbp, sum(b.award_gbp), count(b.award_gbp)
  FROM awards AS t
  LEFT JOIN awards AS b ON b.row_type = 'bid'
  WHERE t.row_type = 'total' AND $1 IS NULL
  GROUP BY ALL
  UNION ALL
  SELECT 'allocation', i.bid, i.intervention, 1000 + i.display_order,
    i.award_gbp, sum(q.allocated_gbp), count(q.allocated_gbp)
  FROM awards AS i
  LEFT JOIN safer_streets AS q ON q.bid = i.bid AND q.intervention = i.intervention
  WHERE i.row_type = 'intervention' AND ($1 IS NULL OR i.district = $1)
  GROUP BY ALL
)
SELECT
  check_kind,
  bid,
  checked_name,
  CAST(check_order AS INTEGER) AS check_order,
  CAST(part_count AS INTEGER) AS part_count,
  CAST(stated AS DOUBLE) AS stated_gbp,
  CAST(parts AS DOUBLE) AS parts_gbp,
  coalesce(part_count > 0 AND parts = stated, false) AS reconciles
FROM checks
UNION ALL
SELECT 'structural', NULL, 'Interventions whose bid has no award row', 1000001,
  CAST(count(*) AS INTEGER), NULL, NULL, count(*) = 0
FROM awards AS i
WHERE i.row_type = 'intervention' AND ($1 IS NULL OR i.district = $1)
  AND i.bid NOT IN (SELECT bid FROM awards WHERE row_type = 'bid')
UNION ALL
SELECT 'structural', NULL, 'Quarterly rows for an intervention with no award row', 1000002,
  CAST(count(*) AS INTEGER), NULL, NULL, count(*) = 0
FROM safer_streets AS q
WHERE ($1 IS NULL OR q.district = $1)
  AND NOT EXISTS (
    SELECT 1 FROM awards AS i
    WHERE i.row_type = 'intervention' AND i.bid = q.bid AND i.intervention = q.intervention
  )
ORDER BY check_order
