-- The Crime view's figures for one choice of filters, in one query (one trip
-- to the database's worker instead of three): the records the filters keep,
-- counted three ways, each marked by `part`:
--   'type':  by crime type, most first;
--   'month': by month and crime type, oldest month first (a month or type with
--            no records has no row);
--   'area':  by LLR area, most first, with those outside LLR or with no
--            location last.
-- $1 start date, $2 end date (exclusive), both compared with the first day of
-- the record's month; $3 area, or NULL for all of LLR and the records outside it.
WITH in_view AS (
  SELECT crime_type, month, district, crimes
  FROM street_crime_counts
  WHERE month_start >= CAST($1 AS DATE)
    AND month_start < CAST($2 AS DATE)
    AND ($3 IS NULL OR district = $3)
),
figures AS (
  SELECT
    CASE WHEN grouping(district) = 0 THEN 'area' WHEN grouping(month) = 0 THEN 'month' ELSE 'type' END AS part,
    month,
    crime_type,
    district,
    sum(crimes) AS crimes
  FROM in_view
  GROUP BY GROUPING SETS ((crime_type), (month, crime_type), (district))
)
SELECT part, month, crime_type, district, CAST(crimes AS INTEGER) AS crimes
FROM figures
-- Each part's order, in one list: a column a part does not have is NULL in all
-- its rows, so it leaves that part's order alone. 'month': month (YYYY-MM sorts
-- as dates do), then type. 'area': outside LLR last, then most first, then
-- name. 'type': most first, then name.
ORDER BY
  part,
  month,
  district = 'Outside LLR or no location',
  CASE WHEN part <> 'month' THEN crimes END DESC,
  crime_type,
  district
