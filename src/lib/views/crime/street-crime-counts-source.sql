-- What the counts table was built from, against what is loaded now: the
-- street_crime table's identity (a file loaded in place of the others makes a
-- new table) and row count (a file added to them adds rows), and the note the
-- counts table was stamped with when built (NULL when there is none, such as
-- before the first build, or after a load that was rolled back took it away).
SELECT
  CAST((SELECT count(*) FROM street_crime) AS INTEGER) AS records,
  (
    SELECT CAST(table_oid AS VARCHAR) FROM duckdb_tables()
    WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'street_crime'
  ) AS table_id,
  (
    SELECT comment FROM duckdb_tables()
    WHERE database_name = 'temp' AND table_name = 'street_crime_counts'
  ) AS built_from
