-- Every intervention-quarter in view where spend is above allocation, which
-- the fund's return should never show.
SELECT
  bid,
  intervention,
  financial_year,
  CAST(quarter AS INTEGER) AS quarter,
  CAST(allocated_gbp AS DOUBLE) AS allocated_gbp,
  CAST(spent_gbp AS DOUBLE) AS spent_gbp,
  CAST(spent_gbp - allocated_gbp AS DOUBLE) AS over_gbp
FROM in_view
WHERE spent_gbp > allocated_gbp
ORDER BY quarter_start, bid, intervention
