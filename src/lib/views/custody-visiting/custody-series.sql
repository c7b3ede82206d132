-- The two custody visiting series, month by month: the visiting standard (open
-- suite-weeks with at least one completed visit, of open suite-weeks) and the
-- detainees seen, of those offered a visit. A week, and the visits in it,
-- belong to the month its Monday falls in, as on the week grid. A month with
-- no open suite-week, or no detainee offered a visit, has no figure and is
-- left out, never given as zero.
-- Follows the head measures/custody-in-view.sql (`weeks`, `visits`,
-- `visited`: the same suite-weeks and visits as the suite table), hence the comma.
, standard AS (
  SELECT
    strftime(weeks.week_start, '%Y-%m') AS month,
    count(*) FILTER (WHERE weeks.open) AS whole,
    count(visited.suite) FILTER (WHERE weeks.open) AS part,
    bool_or(weeks.illustrative) AS illustrative
  FROM weeks
  LEFT JOIN visited USING (suite, week_start)
  GROUP BY 1
),
seen AS (
  SELECT
    strftime(week_start, '%Y-%m') AS month,
    sum(detainees_offered) AS whole,
    sum(detainees_seen) AS part,
    bool_or(illustrative) AS illustrative
  FROM visits
  WHERE completed
  GROUP BY 1
)
SELECT 'compliance' AS series, month, CAST(part AS INTEGER) AS part, CAST(whole AS INTEGER) AS whole, illustrative FROM standard WHERE whole > 0
UNION ALL
SELECT 'detainees-seen' AS series, month, CAST(part AS INTEGER) AS part, CAST(whole AS INTEGER) AS whole, illustrative FROM seen WHERE whole > 0
ORDER BY series, month
