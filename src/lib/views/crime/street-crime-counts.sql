-- The street-level records counted by month, force (the force whose area the
-- record falls within), LLR area, crime type and whether the file marks them as an illustrative sample: every Crime
-- view measure and the before-and-after comparison read this small table (some
-- thousands of rows) instead of the million-row file on each filter change.
-- It is rebuilt whenever the loaded files change (see street-crime-counts.ts).
--
-- The one definition of a record's area: taken from its LSOA name, "Oadby and
-- Wigston 001A" is in Oadby and Wigston. A name outside the nine LLR areas (an
-- LSOA just over the border), or a blank one (a record with no location),
-- counts as "Outside LLR or no location" (all of another force's records do).
-- $1: the nine LLR areas, joined with '|'.
CREATE OR REPLACE TEMP TABLE street_crime_counts AS
-- Counting by LSOA name first means the name is parsed once per LSOA and
-- month, not once per record.
WITH by_lsoa AS (
  SELECT
    "Month" AS month,
    "Crime type" AS crime_type,
    "Falls within" AS force,
    starts_with(coalesce("Context", ''), 'Illustrative sample') AS illustrative,
    "LSOA name" AS lsoa_name,
    count(*) AS crimes
  FROM street_crime
  GROUP BY ALL
),
named AS (
  SELECT *, regexp_replace(coalesce(lsoa_name, ''), ' [0-9]{3}[A-Z]$', '') AS lsoa_area
  FROM by_lsoa
)
SELECT
  month,
  CAST(month || '-01' AS DATE) AS month_start,
  CASE WHEN list_contains(string_split($1, '|'), lsoa_area) THEN lsoa_area ELSE 'Outside LLR or no location' END AS district,
  crime_type,
  force,
  illustrative,
  CAST(sum(crimes) AS INTEGER) AS crimes
FROM named
GROUP BY ALL
