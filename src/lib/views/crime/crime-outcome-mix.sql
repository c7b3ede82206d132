-- The outcome mix of one force's crimes in a period (and LLR area): each crime
-- recorded in the street-level files then, with its latest outcome in the
-- outcomes files loaded (joined by Crime ID), counted by outcome. A crime with
-- no outcome in those files is counted with a NULL outcome. Anti-social
-- behaviour has no Crime ID and no outcome: it is not a crime, and not here.
-- $1 period start, $2 period end (exclusive), both dates; $3 the force;
-- $4 the LLR area, or NULL for all of the force's records.
WITH crimes AS (
  SELECT DISTINCT "Crime ID" AS crime_id
  FROM street_crime
  WHERE coalesce("Crime ID", '') <> ''
    AND "Falls within" = $3
    AND CAST("Month" || '-01' AS DATE) >= CAST($1 AS DATE)
    AND CAST("Month" || '-01' AS DATE) < CAST($2 AS DATE)
    -- The area as the counts table takes it: the LSOA name without its code.
    AND (CAST($4 AS VARCHAR) IS NULL OR regexp_replace(coalesce("LSOA name", ''), ' [0-9]{3}[A-Z]$', '') = $4)
),
-- The latest month's outcome; of two in one month, the later in the files (police.uk lists them in order).
latest AS (
  SELECT "Crime ID" AS crime_id, "Outcome type" AS outcome
  FROM crime_outcomes
  WHERE "Crime ID" IN (SELECT crime_id FROM crimes)
  QUALIFY row_number() OVER (PARTITION BY "Crime ID" ORDER BY "Month" DESC, rowid DESC) = 1
)
SELECT latest.outcome AS outcome, CAST(count(*) AS INTEGER) AS crimes
FROM crimes LEFT JOIN latest USING (crime_id)
GROUP BY latest.outcome
ORDER BY (latest.outcome IS NULL), crimes DESC, latest.outcome
