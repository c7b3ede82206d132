-- The financial years the budget split holds, newest first, for the year selector.
SELECT DISTINCT financial_year
FROM budget_split
ORDER BY financial_year DESC
