-- The first and last days the custody data covers, for the period filter's
-- choices: from the first week's Monday to the last week's Sunday.
SELECT
  CAST(min(first_day) AS VARCHAR) AS first,
  CAST(max(last_day) AS VARCHAR) AS last
FROM (
  SELECT week_start AS first_day, CAST(week_start + INTERVAL 6 DAY AS DATE) AS last_day FROM custody_suite_weeks
  UNION ALL
  SELECT visit_date, visit_date FROM custody_visits
)
