-- Items of engagement in the period without double counting: only rows with
-- may_overlap false, and only those the paper gives a number for.
-- $1 start date, $2 end date (exclusive), $3 area or NULL.
SELECT CAST(coalesce(sum(count), 0) AS INTEGER) AS events
FROM engagement_events
WHERE NOT may_overlap
  AND period_start >= CAST($1 AS DATE) AND period_end < CAST($2 AS DATE)
  AND ($3 IS NULL OR district = $3)
