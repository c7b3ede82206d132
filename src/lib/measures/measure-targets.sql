-- The target of each measure asked for, from the measures-and-aims data (the
-- only place a target is set). A measure evidencing several aims has one
-- target, repeated on each of its rows.
-- $1 the measure ids joined by '|'.
SELECT
  measure_id,
  any_value(CAST(target AS DOUBLE)) AS target,
  any_value(target_direction) AS target_direction
FROM measure_aims
WHERE list_contains(string_split($1, '|'), measure_id)
GROUP BY measure_id
