-- Money at risk: for each financial year and intervention, the allocation in
-- view not spent. Money cannot move between financial years, so what a year
-- leaves unspent cannot be spent later. Spend may run ahead in one quarter and
-- behind in another of the same year, so the shortfall is taken over the year.
-- Year totals are DECIMAL sums, cast only for display.
, by_year AS (
  SELECT
    financial_year,
    bid,
    intervention,
    sum(allocated_gbp) AS allocated,
    sum(spent_gbp) AS spent,
    greatest(sum(allocated_gbp) - sum(spent_gbp), 0) AS at_risk,
    bool_or(quarter = 4) AS includes_year_end
  FROM in_view
  GROUP BY financial_year, bid, intervention
)
SELECT
  financial_year,
  bid,
  intervention,
  CAST(allocated AS DOUBLE) AS allocated_gbp,
  CAST(spent AS DOUBLE) AS spent_gbp,
  CAST(at_risk AS DOUBLE) AS at_risk_gbp,
  includes_year_end,
  CAST(sum(allocated) OVER (PARTITION BY financial_year) AS DOUBLE) AS year_allocated_gbp,
  CAST(sum(spent) OVER (PARTITION BY financial_year) AS DOUBLE) AS year_spent_gbp,
  CAST(sum(at_risk) OVER (PARTITION BY financial_year) AS DOUBLE) AS year_at_risk_gbp
FROM by_year
ORDER BY financial_year, at_risk DESC, bid, intervention
