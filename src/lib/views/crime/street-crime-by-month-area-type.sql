-- The Crime view's counts: records by month, force, LLR area and crime type,
-- whatever the sample flag. Fetched once for each version of the loaded files;
-- a filter change then adds up the rows it keeps in the page
-- (measures/crime-in-view.ts), with no trip to the database's worker.
SELECT month, force, district, crime_type, CAST(sum(crimes) AS INTEGER) AS crimes
FROM street_crime_counts
GROUP BY ALL
