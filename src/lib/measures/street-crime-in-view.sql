-- The records the filters keep: $2 start date, $3 end date (exclusive), both
-- compared with the first day of the record's month; $4 area, or NULL for all
-- of LLR and the records outside it.
, in_view AS (
  SELECT crime_type, month_start, district
  FROM located
  WHERE month_start >= CAST($2 AS DATE)
    AND month_start < CAST($3 AS DATE)
    AND ($4 IS NULL OR district = $4)
)
