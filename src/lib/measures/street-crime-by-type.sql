-- Records in view by crime type, most first.
SELECT crime_type, CAST(count(*) AS INTEGER) AS crimes
FROM in_view
GROUP BY crime_type
ORDER BY crimes DESC, crime_type
