-- Allocation and spend in each quarter in view, and both added up quarter by
-- quarter from the first quarter in view. Sums are DECIMAL; cast for display.
, by_quarter AS (
  SELECT
    financial_year,
    quarter,
    min(quarter_start) AS quarter_start,
    sum(allocated_gbp) AS allocated,
    sum(spent_gbp) AS spent,
    bool_or(illustrative) AS illustrative
  FROM in_view
  GROUP BY financial_year, quarter
)
SELECT
  financial_year,
  CAST(quarter AS INTEGER) AS quarter,
  CAST(allocated AS DOUBLE) AS allocated_gbp,
  CAST(spent AS DOUBLE) AS spent_gbp,
  CAST(sum(allocated) OVER (ORDER BY quarter_start) AS DOUBLE) AS cumulative_allocated_gbp,
  CAST(sum(spent) OVER (ORDER BY quarter_start) AS DOUBLE) AS cumulative_spent_gbp,
  illustrative
FROM by_quarter
ORDER BY quarter_start
