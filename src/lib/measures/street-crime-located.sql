-- Every street-level record with the LLR area it falls in, taken from its LSOA
-- name: "Oadby and Wigston 001A" is in Oadby and Wigston. A name outside the
-- nine LLR areas (an LSOA just over the border), or a blank one (a record with
-- no location), counts as "Outside LLR or no location".
-- $1: the nine LLR areas, joined with '|'.
WITH named AS (
  SELECT
    "Crime type" AS crime_type,
    CAST("Month" || '-01' AS DATE) AS month_start,
    regexp_replace(coalesce("LSOA name", ''), ' [0-9]{3}[A-Z]$', '') AS lsoa_area
  FROM street_crime
),
located AS (
  SELECT
    crime_type,
    month_start,
    CASE WHEN list_contains(string_split($1, '|'), lsoa_area) THEN lsoa_area ELSE 'Outside LLR or no location' END AS district
  FROM named
)
