-- The visiting standard, suite by suite: of the weeks a suite was open, how
-- many had at least one completed visit. Primary suites are open every week;
-- the standby suite counts only in the weeks it was opened. A suite never open
-- in the period is listed with no weeks, so the table can say so.
-- Follows the head custody-in-view.sql (`weeks`, `visited`).
SELECT
  weeks.suite,
  any_value(weeks.suite_role) AS suite_role,
  CAST(count(*) FILTER (WHERE weeks.open) AS INTEGER) AS suite_weeks,
  CAST(count(visited.suite) FILTER (WHERE weeks.open) AS INTEGER) AS visited_suite_weeks,
  bool_or(weeks.illustrative) AS illustrative
FROM weeks
LEFT JOIN visited USING (suite, week_start)
GROUP BY weeks.suite
ORDER BY any_value(weeks.suite_role), weeks.suite
