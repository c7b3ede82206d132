-- Records in view by month and crime type, oldest month first. A month or type
-- with no records has no row.
SELECT strftime(month_start, '%Y-%m') AS month, crime_type, CAST(count(*) AS INTEGER) AS crimes
FROM in_view
GROUP BY month_start, crime_type
ORDER BY month_start, crime_type
