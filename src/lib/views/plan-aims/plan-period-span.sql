-- The first and last dates the plan-aims measures can be filtered over.
SELECT CAST(min(day) AS VARCHAR) AS first, CAST(max(day) AS VARCHAR) AS last
FROM (
  SELECT visit_date AS day FROM custody_visits
  UNION ALL
  SELECT week_start FROM custody_suite_weeks
)
