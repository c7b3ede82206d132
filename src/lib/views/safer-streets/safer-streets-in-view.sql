-- The head of every filtered Safer Streets measure: the quarterly rows the
-- filters select, as `in_view`. $1 start date, $2 end date (exclusive), $3 area
-- or NULL. A quarter is in the period when the two overlap, so a month selects
-- the quarter it falls in. An area keeps only that district's rows: LLR-wide
-- rows belong to no single area.
WITH quarters AS (
  SELECT *,
    make_date(
      CAST(left(financial_year, 4) AS INTEGER) + CASE WHEN quarter = 4 THEN 1 ELSE 0 END,
      CASE quarter WHEN 1 THEN 4 WHEN 2 THEN 7 WHEN 3 THEN 10 ELSE 1 END,
      1) AS quarter_start
  FROM safer_streets
),
in_view AS (
  SELECT * FROM quarters
  WHERE quarter_start < CAST($2 AS DATE)
    AND quarter_start + INTERVAL 3 MONTH > CAST($1 AS DATE)
    AND ($3 IS NULL OR district = $3)
)
