-- The Crime view's figures for one choice of filters, in one query (one trip
-- to the database's worker instead of three): the records the filters keep,
-- counted three ways, each marked by `part`:
--   'type':  by crime type;
--   'month': by month and crime type (a month or type with no records has no
--            row);
--   'area':  by LLR area, with those outside LLR or with no location.
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
-- Each part is put in its order by crimeInView (street-crime.ts): sorting a few
-- hundred rows there takes well under a millisecond, where ORDER BY costs
-- DuckDB-WASM some 14 ms, most of the query, on every filter change.
