-- Each custody suite in each week of the period, with the visits made that
-- week: the cells of the week-by-suite grid.
-- Follows the head custody-in-view.sql (`weeks`, `visits`), hence the comma.
, visits_by_week AS (
  SELECT
    suite,
    week_start,
    count(*) FILTER (WHERE completed) AS completed_visits,
    count(*) FILTER (WHERE scheduled AND NOT completed) AS missed_scheduled_visits
  FROM visits
  GROUP BY ALL
)
SELECT
  weeks.suite,
  weeks.suite_role,
  CAST(weeks.week_start AS VARCHAR) AS week_start,
  weeks.open,
  CAST(coalesce(visits_by_week.completed_visits, 0) AS INTEGER) AS completed_visits,
  CAST(coalesce(visits_by_week.missed_scheduled_visits, 0) AS INTEGER) AS missed_scheduled_visits,
  weeks.illustrative
FROM weeks
LEFT JOIN visits_by_week USING (suite, week_start)
ORDER BY weeks.week_start, weeks.suite
