-- Safer Streets spend against profile, quarter by quarter: the money
-- allocated to each quarter in view and the money spent in it, over every
-- intervention the filters keep (follows the `in_view` head,
-- safer-streets-in-view.sql, whose $1 start, $2 end and $3 area are the
-- user's filters as parameters). Each quarter is keyed by the month it starts
-- ("2023-10"), so it sorts, and a re-basing is dated, as monthly series are.
SELECT
  strftime(min(quarter_start), '%Y-%m') AS period,
  financial_year,
  CAST(quarter AS INTEGER) AS quarter,
  CAST(sum(allocated_gbp) AS DOUBLE) AS allocated_gbp,
  CAST(sum(spent_gbp) AS DOUBLE) AS spent_gbp,
  bool_or(illustrative) AS illustrative
FROM in_view
GROUP BY financial_year, quarter
ORDER BY period
